using Microsoft.CodeAnalysis;

namespace OpenCx.Scopes.Analyzers.Credentials;

/// <summary>
/// Where a value ends up: a named place (field, property, local, parameter, dictionary or configuration entry) or a
/// sink (a key header, <c>AuthenticationHeaderValue</c>, an apiKey parameter). <see cref="Subject"/> and
/// <see cref="Role"/> go into the message; neither ever contains the value.
/// </summary>
internal sealed class KeyPlace
{
    public KeyPlace(string subject, string role, bool holdsKey, Location site, ISymbol? symbol = null)
    {
        Subject = subject;
        Role = role;
        HoldsKey = holdsKey;
        Site = site;
        Symbol = symbol;
    }

    /// <summary>What receives the value, as the message names it: <c>Field 'ApiKey'</c>.</summary>
    public string Subject { get; }

    /// <summary>Why the place holds a key: <c>named as a key</c>, <c>sent in the 'X-Api-Key' header</c>.</summary>
    public string Role { get; }

    public bool HoldsKey { get; }

    /// <summary>The sink, assignment or declared name, reported as the additional location.</summary>
    public Location Site { get; }

    /// <summary>The field or local the value is stored in, when it may flow on to a sink.</summary>
    public ISymbol? Symbol { get; }
}
