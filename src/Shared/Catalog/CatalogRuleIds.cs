namespace OpenCx.Scopes.Catalog;

/// <summary>Ids of the problems a catalog file can have (OCX01xx).</summary>
internal static class CatalogRuleIds
{
    public const string Unreadable = "OCX0100";
    public const string FileNotFound = "OCX0101";
    public const string InvalidShape = "OCX0102";
    public const string InvalidResourceId = "OCX0103";
    public const string DuplicateResourceId = "OCX0104";
    public const string UnknownAction = "OCX0105";
    public const string MissingActions = "OCX0106";
    public const string IdentifierCollision = "OCX0107";
    public const string InvalidIdentifier = "OCX0108";
    public const string MissingName = "OCX0109";
    public const string UnknownProperty = "OCX0110";
    public const string DuplicateAction = "OCX0111";
}
