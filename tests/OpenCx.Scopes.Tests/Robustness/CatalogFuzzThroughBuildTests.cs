using System.Linq;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Robustness;

/// <summary>
/// The same corrupted catalogs reach the generator and every analyzer through the build, beside realistic
/// code: generated code or located catalog diagnostics, never AD0001 or CS8785.
/// </summary>
public class CatalogFuzzThroughBuildTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Corrupted_catalogs_never_break_the_generator_or_the_analyzers(int seed)
    {
        var run = new RobustnessRun();
        var sources = SeedCorpus.All.Select(s => s.Source).ToArray();
        var compilation = RobustnessRun.Compile(sources);
        string? firstFailingCatalog = null;
        var index = 0;
        foreach (var catalog in new TextMutator(GeneratorRunner.OfficialCatalogJson, seed).Mutants(100))
        {
            var before = run.Failures.Count;
            run.UseCatalog(catalog);
            run.Check($"catalog seed {seed} mutant {index++}", compilation, System.Threading.CancellationToken.None);
            firstFailingCatalog ??= run.Failures.Count > before ? catalog : null;
        }

        Assert.True(run.Failures.Count == 0, string.Join("\n", run.Failures.Take(5)) + "\n--- first failing catalog ---\n" + firstFailingCatalog);
    }

    [Fact]
    public void Truncated_catalogs_never_break_the_generator_or_the_analyzers()
    {
        var run = new RobustnessRun();
        var compilation = RobustnessRun.Compile(SeedCorpus.All.Select(s => s.Source).ToArray());
        var official = GeneratorRunner.OfficialCatalogJson;
        for (var length = 0; length < official.Length; length += 37)
        {
            run.UseCatalog(official.Substring(0, length));
            run.Check($"catalog truncated at {length}", compilation, System.Threading.CancellationToken.None);
        }

        Assert.Empty(run.Failures);
    }
}
