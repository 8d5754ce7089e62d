using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenCx.Scopes.Catalog;

/// <summary>Derives the C# class name of a resource from its display name, as the contract defines it.</summary>
internal static class ResourceIdentifier
{
    /// <summary>Names the generated code already uses beside the resource classes.</summary>
    public static readonly IReadOnlyCollection<string> Reserved = new[] { "All", "IsKnown", "OpenCxScopes" };

    public static string FromName(string name)
    {
        var result = new StringBuilder();
        foreach (var word in SplitWords(name))
        {
            result.Append(PascalWord(word));
        }

        return result.ToString();
    }

    public static bool IsValid(string identifier) =>
        SyntaxFacts.IsValidIdentifier(identifier)
        && SyntaxFacts.GetKeywordKind(identifier) == SyntaxKind.None
        && SyntaxFacts.GetContextualKeywordKind(identifier) == SyntaxKind.None
        && !identifier.StartsWith("@", System.StringComparison.Ordinal);

    private static IEnumerable<string> SplitWords(string name)
    {
        var word = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    // CSAT -> Csat and SIP -> Sip; short acronyms (AI) and mixed-case words (WhatsApp) keep their case.
    private static string PascalWord(string word)
    {
        var letters = word.Where(char.IsLetter).ToArray();
        var allCapitals = letters.Length > 0 && letters.All(char.IsUpper);
        if (allCapitals && letters.Length >= 3)
        {
            return word.Substring(0, 1) + word.Substring(1).ToLowerInvariant();
        }

        return char.ToUpperInvariant(word[0]) + word.Substring(1);
    }
}
