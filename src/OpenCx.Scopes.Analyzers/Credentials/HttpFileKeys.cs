using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace OpenCx.Scopes.Analyzers.Credentials;

/// <summary>
/// Keys in <c>.http</c> request files (Visual Studio, VS Code REST Client, Rider): <c>@apiKey = …</c> variables, key
/// header lines (<c>Authorization: Bearer …</c>, <c>X-Api-Key: …</c>), and on any line a prefixed key, a JWT, or a key
/// the text names (<c>?api_key=…</c>, <c>"apiKey": "…"</c>). <c>{{apiKey}}</c> and other placeholders are not keys.
/// </summary>
internal static class HttpFileKeys
{
    public static IEnumerable<FileKey> Find(SourceText text, CredentialSettings settings)
    {
        foreach (var line in text.Lines)
        {
            var content = text.ToString(line.Span);
            var key = Variable(content, line.Start, settings) ?? Header(content, line.Start, settings)
                ?? FileKey.Judge(content, line.Start, $"line {line.LineNumber + 1}", inKeyPlace: false, string.Empty, settings);
            if (key is not null)
            {
                yield return key;
            }
        }
    }

    /// <summary><c>@name = value</c>: a file variable.</summary>
    private static FileKey? Variable(string line, int lineStart, CredentialSettings settings)
    {
        var at = SkipSpaces(line, 0);
        var equals = line.IndexOf('=');
        if (at >= line.Length || line[at] != '@' || equals < at)
        {
            return null;
        }

        var name = line.Substring(at + 1, equals - at - 1).Trim();
        var valueStart = SkipSpaces(line, equals + 1);
        return FileKey.Judge(line.Substring(valueStart).TrimEnd(), lineStart + valueStart, $"variable '@{name}'", NameWords.IsKeyName(name), "named as a key", settings);
    }

    /// <summary><c>Name: value</c> with a key header's name.</summary>
    private static FileKey? Header(string line, int lineStart, CredentialSettings settings)
    {
        if (!HeaderLine.TrySplit(line, settings, out var name, out _))
        {
            return null;
        }

        var valueStart = SkipSpaces(line, line.IndexOf(':') + 1);
        return FileKey.Judge(line.Substring(valueStart).TrimEnd(), lineStart + valueStart, $"header '{name}'", inKeyPlace: true, $"sent in the '{name}' header", settings);
    }

    private static int SkipSpaces(string line, int at)
    {
        while (at < line.Length && line[at] is ' ' or '\t')
        {
            at++;
        }

        return at;
    }
}
