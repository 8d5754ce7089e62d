namespace OpenCx.Scopes.Analyzers;

internal static class RuleCategories
{
    public const string Authorization = "OpenCx.Authorization";
    public const string Security = "OpenCx.Security";
    public const string Usage = "OpenCx.Usage";
}
