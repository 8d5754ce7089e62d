using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace OpenCx.Scopes.Tests.Credentials;

/// <summary>
/// OCX0003 on the held-out set of issue 11 (Corpus/heldout.tsv), written before the rule was tuned for its shapes.
/// Odd rows are the tuning half, even rows the held-out half: the rule was tuned on corpus.tsv and the odd rows only.
/// Only the tuning half's misses are printed, so tuning never looks at the held-out rows.
/// </summary>
public sealed class HeldOutEvaluationTests(ITestOutputHelper output)
{
    private static readonly KeyCorpus Set = KeyCorpus.HeldOut;

    [Fact]
    public void Set_is_large_and_each_half_holds_keys_and_non_keys()
    {
        Assert.True(Set.Lines.Count >= 120, $"{Set.Lines.Count} lines");
        Assert.True(Set.Lines.Count(line => line.IsKey) >= 50, "at least 50 keys");
        Assert.All(Set.Lines, line => Assert.Contains(line.Kind, new[] { "member", "statement" }));
        Assert.True(Set.Lines.Count(line => IsTuning(line) && line.IsKey) >= 25, "tuning half keys");
        Assert.True(Set.Lines.Count(line => !IsTuning(line) && line.IsKey) >= 25, "held-out half keys");
    }

    [Fact]
    public void Set_compiles()
    {
        var errors = Set.Compilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Held_out_half_precision_and_recall()
    {
        var flagged = await Set.FlaggedAsync();
        var tuning = CorpusScore.Of(Set.Lines.Where(IsTuning), flagged);
        var heldOut = CorpusScore.Of(Set.Lines.Where(line => !IsTuning(line)), flagged);
        output.WriteLine($"tuning half: {tuning}");
        output.WriteLine($"held-out half: {heldOut}");
        output.WriteLine($"whole set: {CorpusScore.Of(Set.Lines, flagged)}");
        foreach (var line in tuning.FalsePositives.Concat(tuning.Missed))
        {
            output.WriteLine($"tuning half, {(line.IsKey ? "missed" : "false positive")} {line.Number}: {line.Code}");
        }

        Assert.True(heldOut.Precision >= 0.98, $"held-out precision {heldOut.Precision:0.000}");
        Assert.True(heldOut.Recall >= 0.95, $"held-out recall {heldOut.Recall:0.000}");
    }

    private static bool IsTuning(CorpusLine line) => line.Number % 2 == 1;
}
