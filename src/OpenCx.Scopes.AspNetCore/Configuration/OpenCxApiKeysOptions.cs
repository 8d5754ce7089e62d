using System.Collections.Generic;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>The API keys the configured store accepts.</summary>
public sealed class OpenCxApiKeysOptions
{
    /// <summary>The keys, from configuration and from code.</summary>
    public IList<OpenCxApiKeyEntry> Keys { get; } = new List<OpenCxApiKeyEntry>();

    /// <summary>Values in the configuration section that could not be read, reported when the options are validated.</summary>
    internal List<string> ConfigurationProblems { get; } = new();
}
