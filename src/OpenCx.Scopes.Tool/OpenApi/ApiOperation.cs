using System.Collections.Generic;

namespace OpenCx.Scopes.Tool.OpenApi;

/// <summary>How an operation of the document may be called.</summary>
internal enum Access
{
    /// <summary>No OpenCX key needed: anonymous, or no requirement at all.</summary>
    Anonymous,

    /// <summary>A key with every one of the operation's scopes (or a full-access key).</summary>
    Scoped,

    /// <summary>A full-access key only.</summary>
    FullAccess,
}

/// <summary>One operation of an OpenAPI document and what an OpenCX key needs to call it.</summary>
internal sealed record ApiOperation(string Method, string Path, Access Access, IReadOnlyList<string> Scopes)
{
    public string Name => Method + " " + Path;
}
