using System;
using System.Runtime.CompilerServices;

namespace OpenCx.Scopes.Analyzers.Credentials;

/// <summary>Values that stand in for a key in samples and templates: never reported.</summary>
internal static class Placeholders
{
    private static readonly string[] Markers =
    {
        "your", "example", "placeholder", "changeme", "change_me", "change-me", "redacted", "dummy", "sample",
        "fake", "insert", "replace", "todo", "fixme", "xxx", "***", "...", "<", ">", "${", "{{", "$(", "%", "here",
        "notreal", "not_real", "not-real", "invalid", "secret", "password",
    };

    [MethodImpl(HotPath.Optimized)]
    public static bool IsPlaceholder(string value)
    {
        // The two scans first: they cost one pass, the markers one search each.
        if (HasRun(value) || HasSequence(value))
        {
            return true;
        }

        foreach (var marker in Markers)
        {
            if (value.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The same character four times in a row: <c>0000</c>, <c>aaaa</c>.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool HasRun(string value)
    {
        var run = 1;
        for (var i = 1; i < value.Length; i++)
        {
            run = value[i] == value[i - 1] ? run + 1 : 1;
            if (run >= 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Six characters counting up or down: <c>123456</c>, <c>abcdef</c>.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool HasSequence(string value)
    {
        var up = 1;
        var down = 1;
        for (var i = 1; i < value.Length; i++)
        {
            var step = char.ToLowerInvariant(value[i]) - char.ToLowerInvariant(value[i - 1]);
            up = step == 1 && char.IsLetterOrDigit(value[i]) ? up + 1 : 1;
            down = step == -1 && char.IsLetterOrDigit(value[i]) ? down + 1 : 1;
            if (up >= 6 || down >= 6)
            {
                return true;
            }
        }

        return false;
    }
}
