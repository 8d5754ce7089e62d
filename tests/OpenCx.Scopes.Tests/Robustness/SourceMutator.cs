using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace OpenCx.Scopes.Tests.Robustness;

/// <summary>
/// Seeded, repeatable damage to C# source, the way half-typed code looks in an editor: tokens deleted,
/// swapped or repeated, braces missing, members duplicated, the file cut off. One to three edits per mutant.
/// </summary>
internal sealed class SourceMutator(string source, int seed)
{
    private readonly SyntaxNode root = CSharpSyntaxTree.ParseText(source).GetRoot();
    private readonly Random random = new(seed);

    public IEnumerable<string> Mutants(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var text = source;
            var edits = 1 + random.Next(3);
            for (var e = 0; e < edits; e++)
            {
                text = Mutate(text);
            }

            yield return text;
        }
    }

    private string Mutate(string text)
    {
        var tokens = CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToArray();
        if (tokens.Length < 2)
        {
            return text;
        }

        return random.Next(7) switch
        {
            0 => Replace(text, Pick(tokens).Span, string.Empty),
            1 => DeleteRun(text, tokens),
            2 => text.Substring(0, random.Next(text.Length)),
            3 => DuplicateMember(text),
            4 => DeleteBrace(text, tokens),
            5 => Swap(text, Pick(tokens).Span, Pick(tokens).Span),
            _ => InsertToken(text, tokens),
        };
    }

    private string DeleteRun(string text, SyntaxToken[] tokens)
    {
        var start = random.Next(tokens.Length);
        var end = Math.Min(tokens.Length - 1, start + random.Next(1, 8));
        return Replace(text, TextSpan.FromBounds(tokens[start].SpanStart, tokens[end].Span.End), string.Empty);
    }

    private string DeleteBrace(string text, SyntaxToken[] tokens)
    {
        var braces = tokens.Where(t => t.IsKind(SyntaxKind.OpenBraceToken) || t.IsKind(SyntaxKind.CloseBraceToken)
            || t.IsKind(SyntaxKind.OpenParenToken) || t.IsKind(SyntaxKind.CloseParenToken)).ToArray();
        return braces.Length == 0 ? text : Replace(text, Pick(braces).Span, string.Empty);
    }

    private string InsertToken(string text, SyntaxToken[] tokens) =>
        Replace(text, new TextSpan(Pick(tokens).SpanStart, 0), Pick(tokens).Text + " ");

    // Members come from the seed's own tree so a duplicate is always a whole, plausible member.
    private string DuplicateMember(string text)
    {
        var members = root.DescendantNodes().OfType<MemberDeclarationSyntax>().Where(m => m is not BaseNamespaceDeclarationSyntax).ToArray();
        var member = Pick(members).ToFullString();
        var at = text.IndexOf(member, StringComparison.Ordinal);
        return at < 0 ? text + member : text.Insert(at, member);
    }

    private static string Swap(string text, TextSpan a, TextSpan b)
    {
        if (a.OverlapsWith(b) || a == b)
        {
            return text;
        }

        var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
        return text.Substring(0, first.Start) + text.Substring(second.Start, second.Length)
            + text.Substring(first.End, second.Start - first.End) + text.Substring(first.Start, first.Length)
            + text.Substring(second.End);
    }

    private static string Replace(string text, TextSpan span, string replacement) =>
        text.Substring(0, span.Start) + replacement + text.Substring(span.End);

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
