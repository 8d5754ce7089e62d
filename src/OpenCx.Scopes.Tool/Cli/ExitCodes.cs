namespace OpenCx.Scopes.Tool.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A finding: an operation the document does not have, or one no scoped key can call.</summary>
    public const int Finding = 1;

    /// <summary>Bad usage or input: an unknown option, a missing file, invalid JSON, a scope not in the catalog.</summary>
    public const int BadInput = 2;
}
