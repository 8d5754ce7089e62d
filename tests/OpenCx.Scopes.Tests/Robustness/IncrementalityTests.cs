using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenCx.Scopes.Generator;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Robustness;

/// <summary>
/// Issue 5's cost targets in the IDE: a keystroke in unrelated code re-runs no generator step, and a catalog
/// edit re-runs only the catalog steps (options and references come from the cache).
/// </summary>
public class IncrementalityTests
{
    private static readonly IncrementalStepRunReason[] Reused = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    [Fact]
    public void An_unrelated_edit_reruns_no_generator_step()
    {
        var runner = new GeneratorRunner();
        runner.Sources.Add(SeedCorpus.MinimalApi);
        var compilation = runner.CreateCompilation();
        var driver = runner.CreateDriver().RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertReused(result, ScopesGenerator.TrackingNames.Catalog);
        AssertReused(result, ScopesGenerator.TrackingNames.Options);
        AssertReused(result, ScopesGenerator.TrackingNames.References);
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output => Assert.Contains(output.Reason, Reused));
    }

    [Fact]
    public void A_catalog_edit_reruns_only_the_catalog_steps()
    {
        var runner = new GeneratorRunner().WithCatalog(GeneratorRunner.OfficialCatalogJson);
        var compilation = runner.CreateCompilation();
        var driver = runner.CreateDriver().RunGenerators(compilation);
        var edited = GeneratorRunner.OfficialCatalogJson.Replace("\"name\": \"Tags\"", "\"name\": \"Labels\"", System.StringComparison.Ordinal);

        var result = driver
            .ReplaceAdditionalTexts(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/project/scopes.json", edited)))
            .RunGenerators(compilation)
            .GetRunResult().Results.Single();

        Assert.Contains(result.TrackedSteps[ScopesGenerator.TrackingNames.Catalog].SelectMany(run => run.Outputs), output => output.Reason == IncrementalStepRunReason.Modified);
        AssertReused(result, ScopesGenerator.TrackingNames.Options);
        AssertReused(result, ScopesGenerator.TrackingNames.References);
        Assert.Contains("class Labels", result.GeneratedSources.Single(source => source.HintName == "OpenCxScopes.g.cs").SourceText.ToString(), System.StringComparison.Ordinal);
    }

    private static void AssertReused(GeneratorRunResult result, string step) =>
        Assert.All(result.TrackedSteps[step].SelectMany(run => run.Outputs), output => Assert.Contains(output.Reason, Reused));
}
