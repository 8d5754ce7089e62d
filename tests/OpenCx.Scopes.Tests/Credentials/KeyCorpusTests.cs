using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace OpenCx.Scopes.Tests.Credentials;

/// <summary>OCX0003 over the labelled corpus: precision and recall of at least 0.95, and no key in any message.</summary>
public sealed class KeyCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_is_large_and_mostly_lines_that_must_not_be_flagged()
    {
        Assert.True(KeyCorpus.Original.Lines.Count >= 150, $"{KeyCorpus.Original.Lines.Count} lines");
        Assert.True(KeyCorpus.Original.Lines.Count(line => !line.IsKey) * 2 >= KeyCorpus.Original.Lines.Count, "at least half must be clean");
        Assert.All(KeyCorpus.Original.Lines, line => Assert.Contains(line.Kind, new[] { "member", "statement" }));
    }

    [Fact]
    public void Corpus_compiles()
    {
        var errors = KeyCorpus.Original.Compilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Precision_and_recall_are_at_least_95_percent()
    {
        var (diagnostics, failures) = await KeyCorpus.Original.AnalyzeAsync();
        Assert.Empty(failures);

        var flagged = diagnostics
            .Select(d => KeyCorpus.Original.LineAt(d.Location.GetLineSpan().StartLinePosition.Line))
            .Where(line => line is not null)
            .Select(line => line!.Number)
            .ToHashSet();

        var truePositives = KeyCorpus.Original.Lines.Count(line => line.IsKey && flagged.Contains(line.Number));
        var falsePositives = KeyCorpus.Original.Lines.Where(line => !line.IsKey && flagged.Contains(line.Number)).ToList();
        var missed = KeyCorpus.Original.Lines.Where(line => line.IsKey && !flagged.Contains(line.Number)).ToList();
        var precision = truePositives / (double)(truePositives + falsePositives.Count);
        var recall = truePositives / (double)(truePositives + missed.Count);

        output.WriteLine($"OCX0003 on {KeyCorpus.Original.Lines.Count} lines: precision {precision:0.000}, recall {recall:0.000}");
        foreach (var line in falsePositives)
        {
            output.WriteLine($"false positive {line.Number}: {line.Code}");
        }

        foreach (var line in missed)
        {
            output.WriteLine($"missed {line.Number}: {line.Code}");
        }

        Assert.True(precision >= 0.95, $"precision {precision:0.000}; false positives: {string.Join(", ", falsePositives.Select(l => l.Number))}");
        Assert.True(recall >= 0.95, $"recall {recall:0.000}; missed: {string.Join(", ", missed.Select(l => l.Number))}");
    }

    [Fact]
    public async Task No_message_or_property_contains_any_part_of_a_key()
    {
        foreach (var corpus in new[] { KeyCorpus.Original, KeyCorpus.HeldOut })
        {
            var (diagnostics, _) = await corpus.AnalyzeAsync();
            Assert.NotEmpty(diagnostics);
            foreach (var diagnostic in diagnostics)
            {
                var line = corpus.LineAt(diagnostic.Location.GetLineSpan().StartLinePosition.Line)!;

                // The properties carry the text around the key to the fix; they go into logs too.
                var message = diagnostic.GetMessage() + "\n" + string.Join("\n", diagnostic.Properties.Values);
                SecretWindows.AssertNoneIn(message, SecretWindows.PartsOfLiterals(line.Code), $"line {line.Number}");
            }
        }
    }
}
