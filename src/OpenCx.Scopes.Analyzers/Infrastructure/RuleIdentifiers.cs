namespace OpenCx.Scopes.Analyzers;

/// <summary>The ids of the code rules; the fixes share them.</summary>
internal static class RuleIdentifiers
{
    public const string EndpointWithoutScope = "OCX0001";
    public const string InvalidScope = "OCX0002";
    public const string HardCodedApiKey = "OCX0003";
    public const string ActionDoesNotFitMethod = "OCX0004";
    public const string ScopeLiteralHasConstant = "OCX0005";
    public const string NonConstantScope = "OCX0006";
    public const string EndpointScopeUnverifiable = "OCX0007";
}
