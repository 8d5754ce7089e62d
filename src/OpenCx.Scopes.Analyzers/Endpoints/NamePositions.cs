using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>
/// Where each file names a Map* method or a builder helper, found once per file by a text search, so that a body
/// that names neither is passed over without walking its tokens: most bodies of a service are such bodies.
/// </summary>
internal sealed class NamePositions
{
    private readonly Lazy<HashSet<string>> helperNames;
    private readonly ConcurrentDictionary<SyntaxTree, int[]> byTree = new();

    public NamePositions(Lazy<HashSet<string>> helperNames) => this.helperNames = helperNames;

    /// <summary>True when a simple name inside <paramref name="span"/> starts with "Map" or is a helper's name.</summary>
    public bool AnyWithin(SyntaxTree tree, TextSpan span, CancellationToken cancellationToken)
    {
        var positions = byTree.TryGetValue(tree, out var found) ? found : byTree.GetOrAdd(tree, Find(tree, cancellationToken));
        var index = Array.BinarySearch(positions, span.Start);
        if (index < 0)
        {
            index = ~index;
        }

        return index < positions.Length && positions[index] < span.End;
    }

    private int[] Find(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        var text = tree.GetText(cancellationToken).ToString();
        var positions = new List<int>();

        // A unicode escape (\u004Dap) can spell a name the text search would miss: look at every token then.
        if (text.IndexOf("\\u", StringComparison.Ordinal) >= 0 || text.IndexOf("\\U", StringComparison.Ordinal) >= 0)
        {
            foreach (var token in root.DescendantTokens())
            {
                if (IsWanted(token))
                {
                    positions.Add(token.SpanStart);
                }
            }

            return Sorted(positions);
        }

        foreach (var word in Searched())
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var token = root.FindToken(at);
                if (IsWanted(token))
                {
                    positions.Add(token.SpanStart);
                }
            }
        }

        return Sorted(positions);
    }

    private IEnumerable<string> Searched()
    {
        yield return "Map";
        foreach (var name in helperNames.Value)
        {
            if (!name.StartsWith("Map", StringComparison.Ordinal))
            {
                yield return name;
            }
        }
    }

    private bool IsWanted(SyntaxToken token) =>
        token.IsKind(SyntaxKind.IdentifierToken)
        && token.Parent is SimpleNameSyntax
        && (token.ValueText.StartsWith("Map", StringComparison.Ordinal) || helperNames.Value.Contains(token.ValueText));

    // Duplicates are harmless to the binary search; only the order matters.
    private static int[] Sorted(List<int> positions)
    {
        positions.Sort();
        return positions.ToArray();
    }
}
