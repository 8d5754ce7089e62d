using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenCx.Scopes.Catalog;

/// <summary>Finds the valid names closest to a mistyped one.</summary>
internal static class ScopeSuggestions
{
    private static readonly string[] WriteVerbs = { "write", "create", "update", "delete", "post", "put", "patch", "edit", "manage", "modify", "remove", "add", "admin" };
    private static readonly string[] ReadVerbs = { "read", "get", "list", "view", "query", "search", "fetch" };

    /// <summary>The action a verb such as <c>delete</c> or <c>list</c> belongs to, or null when it names neither.</summary>
    public static string? ActionFor(string verb)
    {
        var lower = verb.Trim().ToLowerInvariant();
        if (WriteVerbs.Contains(lower) || Distance(lower, ScopeCatalog.Write) <= 2)
        {
            return ScopeCatalog.Write;
        }

        return ReadVerbs.Contains(lower) || Distance(lower, ScopeCatalog.Read) <= 1 ? ScopeCatalog.Read : null;
    }

    /// <summary>The candidates within <paramref name="maxDistance"/> edits of <paramref name="value"/>, closest first.</summary>
    public static IEnumerable<string> Nearest(string value, IEnumerable<string> candidates, int maxDistance) =>
        candidates
            .Select(candidate => (candidate, distance: Distance(value, candidate)))
            .Where(pair => pair.distance <= maxDistance)
            .OrderBy(pair => pair.distance)
            .Select(pair => pair.candidate);

    /// <summary>Levenshtein distance, ignoring case.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
