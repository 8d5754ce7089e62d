using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenCx.Scopes.Catalog;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>
/// Which catalog resources an endpoint is probably about, from its controller name, routes and group helper:
/// "ContactsController" or "/contacts" → contacts, "/chat-sessions" → chat-sessions, "MapTags" → tags.
/// </summary>
internal static class ResourceGuess
{
    private const int MaxGuesses = 3;

    /// <param name="hints">Controller name or route templates; within a route the last segment is the most specific.</param>
    public static IReadOnlyList<ScopeResource> From(ScopeCatalog catalog, IEnumerable<string> hints)
    {
        var words = hints.SelectMany(WordsOf).ToList();
        var exact = words.SelectMany(word => catalog.Resources.Where(resource => Matches(resource, word))).Distinct().Take(MaxGuesses).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        // A near miss only when nothing matches: "organisation" → org, but "tags" must not also suggest teams.
        return words.Where(word => word.Length >= 4)
            .SelectMany(word => catalog.Resources.Where(resource => IsNear(resource, word)))
            .Distinct()
            .Take(MaxGuesses)
            .ToList();
    }

    private static IEnumerable<string> WordsOf(string hint)
    {
        var segments = hint.Split('/')
            .Select(segment => segment.Trim())
            .Where(segment => segment.Length > 0 && !segment.StartsWith("{", System.StringComparison.Ordinal))
            .Reverse();
        foreach (var segment in segments)
        {
            var word = Normalize(segment);
            if (word.StartsWith("map", System.StringComparison.Ordinal) && word.Length > 3)
            {
                word = word.Substring(3);
            }

            if (word.Length > 0 && word != "api" && !IsVersion(word))
            {
                yield return word;
            }
        }
    }

    private static bool Matches(ScopeResource resource, string word) =>
        Forms(resource).Any(form => form == word || form == word + "s" || form + "s" == word);

    private static bool IsNear(ScopeResource resource, string word) =>
        Forms(resource).Any(form => ScopeSuggestions.Distance(form, word) <= System.Math.Max(1, word.Length / 5));

    private static IEnumerable<string> Forms(ScopeResource resource)
    {
        yield return Normalize(resource.Id);
        yield return Normalize(resource.Identifier);
        yield return Normalize(resource.Name);
    }

    private static string Normalize(string text)
    {
        var normalized = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                normalized.Append(char.ToLowerInvariant(c));
            }
        }

        return normalized.ToString();
    }

    private static bool IsVersion(string word) => word.Length > 1 && word[0] == 'v' && word.Skip(1).All(char.IsDigit);
}
