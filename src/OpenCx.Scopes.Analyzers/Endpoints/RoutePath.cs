using System.Collections.Generic;
using System.Text;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>Route parts joined into one path for messages: each trimmed of slashes, empty ones dropped, "/" when none is left.</summary>
internal static class RoutePath
{
    public static string Join(IEnumerable<string?> parts)
    {
        var route = new StringBuilder();
        foreach (var part in parts)
        {
            if (part?.Trim('/') is { Length: > 0 } trimmed)
            {
                route.Append('/').Append(trimmed);
            }
        }

        return route.Length == 0 ? "/" : route.ToString();
    }
}
