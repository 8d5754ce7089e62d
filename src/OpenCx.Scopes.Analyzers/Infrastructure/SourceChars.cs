using System;
using Microsoft.CodeAnalysis.Text;

namespace OpenCx.Scopes.Analyzers;

/// <summary>
/// A file's characters in a buffer each thread reuses, for text searches: SourceText.ToString() makes a new string of
/// the whole file for every search, and every rule's first search of every file made one.
/// </summary>
internal static class SourceChars
{
    private const int MaxKept = 512 * 1024;

    [ThreadStatic]
    private static char[]? buffer;

    /// <summary>The text's characters; valid until this thread asks again, so never kept or handed to other code.</summary>
    public static ReadOnlySpan<char> Of(SourceText text)
    {
        var chars = buffer;
        if (chars is null || chars.Length < text.Length)
        {
            chars = new char[Math.Max(text.Length, 16 * 1024)];

            // A huge file's buffer is not kept: every thread would hold one for as long as the process lives.
            if (chars.Length <= MaxKept)
            {
                buffer = chars;
            }
        }

        text.CopyTo(0, chars, 0, text.Length);
        return new ReadOnlySpan<char>(chars, 0, text.Length);
    }

    /// <summary>Where <paramref name="word"/> first occurs in <paramref name="text"/> at or after <paramref name="from"/>; -1 if nowhere.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, string word, int from = 0)
    {
        var at = text.Slice(from).IndexOf(word.AsSpan());
        return at < 0 ? -1 : from + at;
    }
}
