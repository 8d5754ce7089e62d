using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace OpenCx.Scopes.Analyzers.Credentials;

/// <summary>
/// Is a token random enough to be a generated key? Judged by its length and alphabet, with a threshold that
/// follows the length (a short random key can't reach the entropy of a long one), and never for text that reads
/// like words, however mixed its case.
/// </summary>
internal static class Randomness
{
    public const int MinimumLength = 12;

    /// <summary>The letter pairs that make up most English text (about 300 of the 676), by frequency.</summary>
    private static readonly bool[] CommonPairs = PairTable(
        ("th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri ro ic "
        + "ne ea ra ce li ch ll be ma si om ur ca el ta la ns di fo ho pe ec pr no ct us ac ot il tr ly nc et ut ss so rs un lo "
        + "wa ge ie wh ee wi em ad ol rt po we na ul ni ts mo ow pa im mi ai sh ir su id os iv ia am fi ci vi pl ig tu ev ld ry "
        + "mp fe bl ab gh ty op wo sa ay ex ke fr oo av ag if ap gr od bo sp rd do uc bu ei ov by rm ep tt oc fa ef cu rn sc gi "
        + "da yo cr cl du ga qu ue ff ba ey ls va um pp ua up lu go ht ru ug ds lt pi rc rr eg au ck ew mu br bi pt ak pu ui rg "
        + "ib tl ny ki rk ys ob mm fu ph og ms ye ud mb ip ub oi rl gu dr hr cc tw ft wn nu af hu nn eo vo rv nf xp gn sm fl iz "
        + "ok nl my gl aw ju oa eq sy sl ps jo lf nv je nk kn gs dy hy ze ks xt bs ik dd cy rp sk xi oe oy ws lv dl rf eu dg wr "
        + "xa yi nm eb rb tm xc eh tc gy ja hn yp za").Split(' '));

    [MethodImpl(HotPath.Optimized)]
    public static bool LooksRandom(string token)
    {
        if (token.Length < MinimumLength || token.Length > 1024 || !IsTokenAlphabet(token))
        {
            return false;
        }

        var classes = CharacterClasses(token, out var alphabetSize);
        if (classes < 2)
        {
            return false;
        }

        return Entropy(token) >= Threshold(token.Length, alphabetSize) && !IsEnglishLike(token);
    }

    /// <summary>Letters, digits and the symbols of base64, base64url and common key formats; nothing else.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool IsTokenAlphabet(string token)
    {
        foreach (var c in token)
        {
            if (!IsTokenChar(c))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsTokenChar(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.' or '+' or '/' or '=' or '~';

    /// <summary>
    /// The entropy a uniformly random string of this length over this alphabet would show, less a margin:
    /// a short string can show at most log2(length) bits per character, so a fixed threshold would miss it.
    /// </summary>
    private static double Threshold(int length, int alphabetSize)
    {
        var expectedDistinct = alphabetSize * (1 - Math.Pow(1 - 1.0 / alphabetSize, length));
        return Math.Log(expectedDistinct, 2) * 0.85;
    }

    [MethodImpl(HotPath.Optimized)]
    private static int CharacterClasses(string token, out int alphabetSize)
    {
        bool lower = false, upper = false, digit = false, symbol = false, hexOnly = true;
        foreach (var c in token)
        {
            if (c is >= 'a' and <= 'z')
            {
                lower = true;
                hexOnly &= c <= 'f';
            }
            else if (c is >= 'A' and <= 'Z')
            {
                upper = true;
                hexOnly &= c <= 'F';
            }
            else if (c is >= '0' and <= '9')
            {
                digit = true;
            }
            else
            {
                symbol = true;
                hexOnly &= c == '-';
            }
        }

        alphabetSize = hexOnly ? 16 : (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 4 : 0);
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0);
    }

    // Counts per ASCII character, reused by each thread: entropy is asked of every candidate literal.
    [ThreadStatic]
    private static int[]? counts;

    // Only called on the token alphabet, which is ASCII.
    [MethodImpl(HotPath.Optimized)]
    private static double Entropy(string token)
    {
        var counts = Randomness.counts ??= new int[128];
        foreach (var c in token)
        {
            counts[c]++;
        }

        // Each distinct character is counted once, and its count cleared for the next call.
        var entropy = 0.0;
        foreach (var c in token)
        {
            if (counts[c] > 0)
            {
                var p = (double)counts[c] / token.Length;
                entropy -= p * Math.Log(p, 2);
                counts[c] = 0;
            }
        }

        return entropy;
    }

    /// <summary>
    /// Text made of words: most of its letters sit in runs (split at case humps, digits and symbols) that are three
    /// letters or longer, cased like a word, and made of letter pairs common in English. Random keys break into
    /// short runs of odd pairs: about one random 16-character key in 300 passes for English.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool IsEnglishLike(string token)
    {
        int letters = 0, wordLetters = 0, start = -1;
        for (var i = 0; i <= token.Length; i++)
        {
            var isLetter = i < token.Length && IsAsciiLetter(token[i]);
            var breaks = !isLetter || (start >= 0 && i > start && char.IsUpper(token[i])
                && (char.IsLower(token[i - 1]) || (i + 1 < token.Length && char.IsLower(token[i + 1]))));
            if (breaks && start >= 0)
            {
                letters += i - start;
                wordLetters += IsWordLike(token, start, i - start) ? i - start : 0;
                start = -1;
            }

            if (isLetter && start < 0)
            {
                start = i;
            }
        }

        return letters > 0 && wordLetters >= letters * 0.7;
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    // A run of ASCII letters inside the token, read in place: asked of every run of every candidate literal.
    [MethodImpl(HotPath.Optimized)]
    private static bool IsWordLike(string token, int start, int length)
    {
        if (length < 3 || !IsCasedLikeAWord(token, start, length))
        {
            return false;
        }

        var rarePairs = 0;
        var vowel = false;
        for (var i = start; i < start + length; i++)
        {
            var letter = LetterIndex(token[i]);
            vowel |= letter is 0 or 4 or 8 or 14 or 20 or 24; // a e i o u y
            if (i + 1 < start + length)
            {
                rarePairs += CommonPairs[(letter * 26) + LetterIndex(token[i + 1])] ? 0 : 1;
            }
        }

        return rarePairs <= length / 4 && vowel;
    }

    private static int LetterIndex(char letter) => (letter | 0x20) - 'a';

    private static bool[] PairTable(string[] pairs)
    {
        var table = new bool[26 * 26];
        foreach (var pair in pairs)
        {
            table[(LetterIndex(pair[0]) * 26) + LetterIndex(pair[1])] = true;
        }

        return table;
    }

    /// <summary>lower, UPPER or Capitalized; random keys mix case inside a run.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool IsCasedLikeAWord(string token, int start, int length)
    {
        var upperAfterFirst = false;
        var lowerAfterFirst = false;
        for (var i = start + 1; i < start + length; i++)
        {
            upperAfterFirst |= char.IsUpper(token[i]);
            lowerAfterFirst |= char.IsLower(token[i]);
        }

        return !(upperAfterFirst && lowerAfterFirst) && !(char.IsLower(token[start]) && upperAfterFirst);
    }
}
