using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace OpenCx.Scopes.Analyzers;

/// <summary>
/// Where each file has the tokens a rule looks for (Map* names, builder helpers' names, scope attributes and
/// calls), found once per file by a text search for words they contain, so that code without them is passed over
/// without walking its tokens: most of a service is such code.
/// </summary>
internal sealed class TokenPositions
{
    private readonly IReadOnlyCollection<string> searched;
    private readonly Func<SyntaxToken, bool> isWanted;
    private readonly ConcurrentDictionary<SyntaxTree, int[]> byTree = new();

    // The file asked about last: a type's symbol start and then each of its code blocks ask about the same file one
    // after another, so most questions skip the dictionary.
    private Searched? last;

    /// <param name="searched">Texts whose every occurrence is looked at; each wanted token contains one of them.</param>
    /// <param name="isWanted">Whether the token found there is one the rule looks for.</param>
    public TokenPositions(IReadOnlyCollection<string> searched, Func<SyntaxToken, bool> isWanted)
    {
        this.searched = searched;
        this.isWanted = isWanted;
    }

    /// <summary>Tokens used as simple names that <paramref name="isWantedName"/> accepts.</summary>
    public static TokenPositions OfNames(IReadOnlyCollection<string> searched, Func<string, bool> isWantedName) =>
        new(searched, token => token.IsKind(SyntaxKind.IdentifierToken) && token.Parent is SimpleNameSyntax && isWantedName(token.ValueText));

    /// <summary>Map* methods: every endpoint is mapped by one.</summary>
    public static TokenPositions MapMethods() => OfNames(new[] { "Map" }, name => name.StartsWith("Map", StringComparison.Ordinal));

    /// <summary>True when a wanted token lies inside <paramref name="span"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool AnyWithin(SyntaxTree tree, TextSpan span, CancellationToken cancellationToken)
    {
        var positions = In(tree, cancellationToken);
        var index = Array.BinarySearch(positions, span.Start);
        if (index < 0)
        {
            index = ~index;
        }

        return index < positions.Length && positions[index] < span.End;
    }

    /// <summary>The start positions of the wanted tokens in <paramref name="tree"/>, sorted, each once.</summary>
    [MethodImpl(HotPath.Optimized)]
    public int[] In(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (last is { } recent && recent.Tree == tree)
        {
            return recent.Positions;
        }

        var positions = byTree.TryGetValue(tree, out var found) ? found : byTree.GetOrAdd(tree, Find(tree, cancellationToken));
        last = new Searched(tree, positions);
        return positions;
    }

    [MethodImpl(HotPath.Optimized)]
    private int[] Find(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        var text = SourceChars.Of(tree.GetText(cancellationToken));
        var positions = new List<int>();

        // A unicode escape (\u004Dap) can spell a name the text search would miss: look at every token then.
        if (SourceChars.IndexOf(text, "\\u") >= 0 || SourceChars.IndexOf(text, "\\U") >= 0)
        {
            foreach (var token in root.DescendantTokens())
            {
                if (isWanted(token))
                {
                    positions.Add(token.SpanStart);
                }
            }
        }
        else
        {
            foreach (var word in searched)
            {
                for (var at = SourceChars.IndexOf(text, word); at >= 0; at = SourceChars.IndexOf(text, word, at + word.Length))
                {
                    var token = root.FindToken(at);
                    if (isWanted(token))
                    {
                        positions.Add(token.SpanStart);
                    }
                }
            }
        }

        // A token two searched words both find (an alias inside a longer name) is kept once.
        positions.Sort();
        var unique = 0;
        for (var i = 0; i < positions.Count; i++)
        {
            if (unique == 0 || positions[i] != positions[unique - 1])
            {
                positions[unique++] = positions[i];
            }
        }

        positions.RemoveRange(unique, positions.Count - unique);
        return positions.ToArray();
    }

    // One object, so that a thread never sees one file's tree with another's positions.
    private sealed class Searched(SyntaxTree tree, int[] positions)
    {
        public SyntaxTree Tree { get; } = tree;

        public int[] Positions { get; } = positions;
    }
}
