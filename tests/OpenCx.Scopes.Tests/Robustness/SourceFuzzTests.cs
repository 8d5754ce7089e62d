using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Xunit.Abstractions;

namespace OpenCx.Scopes.Tests.Robustness;

/// <summary>
/// Half-typed code must give diagnostics or nothing: every analyzer and the generator over thousands
/// of seeded mutants of realistic service and integration code, with no exception escaping.
/// </summary>
public class SourceFuzzTests(ITestOutputHelper output)
{
    private const int MutantsPerSeed = 200;

    public static IEnumerable<object[]> Seeds() =>
        SeedCorpus.All.SelectMany(seed => new[] { 1, 2 }.Select(n => new object[] { seed.Name, n }));

    [Fact]
    public void Seed_corpus_compiles_cleanly_and_runs_clean()
    {
        var run = new RobustnessRun();

        var compilation = run.Check("seed corpus", SeedCorpus.All.Select(s => s.Source).ToArray());

        Assert.Empty(run.Failures);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_sources_never_throw(string seedName, int seed)
    {
        var source = SeedCorpus.All.Single(s => s.Name == seedName).Source;
        var run = new RobustnessRun();
        string? firstFailingMutant = null;
        var index = 0;
        var slowest = (Time: TimeSpan.Zero, Index: -1);
        foreach (var mutant in new SourceMutator(source, seed).Mutants(MutantsPerSeed))
        {
            var before = run.Failures.Count;
            var clock = Stopwatch.StartNew();
            run.Check($"{seedName} seed {seed} mutant {index}", mutant);
            slowest = clock.Elapsed > slowest.Time ? (clock.Elapsed, index) : slowest;
            firstFailingMutant ??= run.Failures.Count > before ? mutant : null;
            index++;
        }

        output.WriteLine($"{index} mutants of {seedName} through {run.Analyzers.Length} analyzers and the generator; slowest: mutant {slowest.Index}, {slowest.Time.TotalMilliseconds:F0} ms");
        Assert.True(run.Failures.Count == 0, string.Join("\n", run.Failures.Take(5)) + "\n--- first failing mutant ---\n" + firstFailingMutant);
    }
}
