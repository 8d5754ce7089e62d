using System.Collections.Generic;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>One configured API key: its name and the SHA-256 of the key, never the key itself.</summary>
public sealed class OpenCxApiKeyEntry
{
    /// <summary>The key's name, such as "Production". Required; the only part of a key ever logged.</summary>
    public string? Name { get; set; }

    /// <summary>The SHA-256 of the key's UTF-8 bytes, as 64 hex digits in either case. Required.</summary>
    public string? Sha256 { get; set; }

    /// <summary>The scopes of a scoped key; an empty list is a scoped key with no scope. Null (absent) with no
    /// <see cref="FullAccess"/> is a key created before scopes existed: full access.</summary>
    public IList<string>? Scopes { get; set; }

    /// <summary>True for a full-access key; false for a scoped key. Null (absent) follows <see cref="Scopes"/>.</summary>
    public bool? FullAccess { get; set; }

    /// <summary>True when the key was revoked: requests with it get 401.</summary>
    public bool Revoked { get; set; }

    /// <summary>Where the entry came from (a configuration path), for error messages.</summary>
    internal string? Source { get; set; }

    internal bool IsFullAccess => FullAccess ?? Scopes is null;
}
