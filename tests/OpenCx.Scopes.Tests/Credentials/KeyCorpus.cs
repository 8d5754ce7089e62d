using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenCx.Scopes.Tests.Credentials;

/// <summary>One labelled row of Corpus/corpus.tsv.</summary>
public sealed record CorpusLine(int Number, bool IsKey, string Kind, string Code);

/// <summary>
/// The labelled corpus as the comparison script sees it too: Corpus/Prelude.cs.txt, then one line of C# per row
/// (wrapping described in the prelude), analysed with Corpus/corpus.editorconfig.
/// </summary>
internal static class KeyCorpus
{
    public const string StatementSignature =
        "void Run(HttpClient client, HttpRequestMessage request, IConfiguration configuration, IDictionary<string, string?> settings, IHeaderDictionary headers)";

    public static string Folder { get; } = FolderOf();

    public static IReadOnlyList<CorpusLine> Lines { get; } = Load();

    public static string Prelude => File.ReadAllText(Path.Combine(Folder, "Prelude.cs.txt")).Replace("\r\n", "\n");

    public static string Source()
    {
        var prelude = Prelude.TrimEnd('\n');
        var rows = Lines.Select(line => line.Kind == "member"
            ? $"sealed class Line{line.Number:000} {{ {line.Code} }}"
            : $"sealed class Line{line.Number:000} {{ {StatementSignature} {{ {line.Code} }} }}");
        return prelude + "\n" + string.Join("\n", rows) + "\n";
    }

    /// <summary>The corpus row a 0-based line of <see cref="Source"/> holds, if any.</summary>
    public static CorpusLine? LineAt(int sourceLine)
    {
        var index = sourceLine - Prelude.TrimEnd('\n').Split('\n').Length;
        return index >= 0 && index < Lines.Count ? Lines[index] : null;
    }

    public static CSharpCompilation Compilation() => KeyAnalysis.Compile(Source());

    public static Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Failures)> AnalyzeAsync() =>
        KeyAnalysis.RunAsync(Source(), File.ReadAllText(Path.Combine(Folder, "corpus.editorconfig")));

    private static IReadOnlyList<CorpusLine> Load()
    {
        var lines = new List<CorpusLine>();
        foreach (var row in File.ReadAllLines(Path.Combine(Folder, "corpus.tsv")))
        {
            if (row.Length == 0 || row.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = row.Split('\t', 3);
            lines.Add(new CorpusLine(lines.Count + 1, parts[0] == "key", parts[1], parts[2]));
        }

        return lines;
    }

    /// <summary>Beside this source file; else found above the test binaries, for builds that map source paths away.</summary>
    private static string FolderOf([CallerFilePath] string path = "")
    {
        var besideSource = Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, "Corpus");
        if (File.Exists(Path.Combine(besideSource, "corpus.tsv")))
        {
            return besideSource;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "Credentials", "Corpus");
            if (File.Exists(Path.Combine(candidate, "corpus.tsv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The OCX0003 corpus (Credentials/Corpus/corpus.tsv) was not found.");
    }
}
