using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenCx.Scopes.Tests.Credentials;

/// <summary>No five characters in a row of any key may appear in a message: build logs are often public.</summary>
internal static class SecretWindows
{
    private static readonly char[] Separators = { ' ', ':', '=', '?', '&', '/', '.', '@', ';', ',', '"', '{', '}', '[', ']', '\'' };

    public static void AssertNoneIn(string message, IEnumerable<string> secrets, string where)
    {
        foreach (var secret in secrets)
        {
            for (var start = 0; start + 5 <= secret.Length; start++)
            {
                var piece = secret.Substring(start, 5);
                Assert.False(message.Contains(piece, StringComparison.OrdinalIgnoreCase), $"{where}: message \"{message}\" contains \"{piece}\"");
            }
        }
    }

    /// <summary>
    /// The parts of a line's string literals that could be a key: long tokens with a digit, never header or entry names.
    /// Lexed by Roslyn, so escaped quotes, raw and interpolated strings split as the compiler splits them; the line
    /// need not parse where it is put (a member inside a method), only lex.
    /// </summary>
    public static string[] PartsOfLiterals(string code) =>
        SyntaxFactory.ParseSyntaxTree("class C { void M() { " + code + " } }").GetRoot().DescendantTokens()
            .Where(token => token.IsKind(SyntaxKind.InterpolatedStringTextToken) || token.IsKind(SyntaxKind.StringLiteralToken)
                || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.Utf8StringLiteralToken))
            .SelectMany(token => token.ValueText.Split(Separators))
            .Where(part => part.Length >= 12 && part.Any(char.IsDigit))
            .ToArray();
}
