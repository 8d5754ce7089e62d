using System.Text.RegularExpressions;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>A scope is <c>resource:action</c>: a lower-case kebab-case resource id, then read or write.</summary>
internal static partial class ScopeFormat
{
    public static bool IsValid(string? scope) => scope is not null && Pattern().IsMatch(scope);

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*:(read|write)\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
