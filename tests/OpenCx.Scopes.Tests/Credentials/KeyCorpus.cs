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

/// <summary>One labelled row of a corpus file.</summary>
public sealed record CorpusLine(int Number, bool IsKey, string Kind, string Code);

/// <summary>
/// A labelled corpus as the comparison script sees it too: Corpus/Prelude.cs.txt, then one line of C# per row
/// (wrapping described in the prelude), analysed with Corpus/corpus.editorconfig.
/// <see cref="Original"/> is the corpus OCX0003 was first tuned on; <see cref="HeldOut"/> the evaluation set of issue 11.
/// </summary>
internal sealed class KeyCorpus
{
    public const string StatementSignature =
        "void Run(HttpClient client, HttpRequestMessage request, IConfiguration configuration, IDictionary<string, string?> settings, IHeaderDictionary headers)";

    private KeyCorpus(string fileName) => Lines = Load(fileName);

    // Before the corpora: static initializers run in order.
    public static string Folder { get; } = FolderOf();

    public static KeyCorpus Original { get; } = new("corpus.tsv");

    public static KeyCorpus HeldOut { get; } = new("heldout.tsv");

    public IReadOnlyList<CorpusLine> Lines { get; }

    public static string Prelude => File.ReadAllText(Path.Combine(Folder, "Prelude.cs.txt")).Replace("\r\n", "\n");

    public string Source()
    {
        var prelude = Prelude.TrimEnd('\n');
        var rows = Lines.Select(line => line.Kind == "member"
            ? $"sealed class Line{line.Number:000} {{ {line.Code} }}"
            : $"sealed class Line{line.Number:000} {{ {StatementSignature} {{ {line.Code} }} }}");
        return prelude + "\n" + string.Join("\n", rows) + "\n";
    }

    /// <summary>The corpus row a 0-based line of <see cref="Source"/> holds, if any.</summary>
    public CorpusLine? LineAt(int sourceLine)
    {
        var index = sourceLine - Prelude.TrimEnd('\n').Split('\n').Length;
        return index >= 0 && index < Lines.Count ? Lines[index] : null;
    }

    public CSharpCompilation Compilation() => KeyAnalysis.Compile(Source());

    public Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Failures)> AnalyzeAsync() =>
        KeyAnalysis.RunAsync(Source(), File.ReadAllText(Path.Combine(Folder, "corpus.editorconfig")));

    /// <summary>The numbers of the rows OCX0003 reports.</summary>
    public async Task<HashSet<int>> FlaggedAsync()
    {
        var (diagnostics, failures) = await AnalyzeAsync();
        Assert.Empty(failures);
        return diagnostics
            .Select(d => LineAt(d.Location.GetLineSpan().StartLinePosition.Line))
            .Where(line => line is not null)
            .Select(line => line!.Number)
            .ToHashSet();
    }

    private static IReadOnlyList<CorpusLine> Load(string fileName)
    {
        var lines = new List<CorpusLine>();
        foreach (var row in File.ReadAllLines(Path.Combine(Folder, fileName)))
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

/// <summary>Precision and recall of OCX0003 over some rows of a corpus.</summary>
internal sealed record CorpusScore(int TruePositives, IReadOnlyList<CorpusLine> FalsePositives, IReadOnlyList<CorpusLine> Missed)
{
    public double Precision => TruePositives + FalsePositives.Count == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives.Count);

    public double Recall => TruePositives / (double)(TruePositives + Missed.Count);

    public static CorpusScore Of(IEnumerable<CorpusLine> lines, IReadOnlySet<int> flagged)
    {
        var list = lines.ToList();
        return new CorpusScore(
            list.Count(line => line.IsKey && flagged.Contains(line.Number)),
            list.Where(line => !line.IsKey && flagged.Contains(line.Number)).ToList(),
            list.Where(line => line.IsKey && !flagged.Contains(line.Number)).ToList());
    }

    public override string ToString() => $"precision {Precision:0.000}, recall {Recall:0.000} ({TruePositives} found, {FalsePositives.Count} false, {Missed.Count} missed)";
}
