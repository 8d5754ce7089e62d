namespace OpenCx.Scopes;

/// <summary>Where each rule's documentation page lives.</summary>
internal static class RuleHelp
{
    public const string DocsRoot = "https://github.com/opencx/OpenCx.Scopes/blob/main/docs/rules/";

    public static string UriFor(string ruleId) => DocsRoot + ruleId + ".md";
}
