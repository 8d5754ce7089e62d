using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using OpenCx.Scopes.Generator;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Generator;

public class IncrementalCachingTests
{
    private static readonly string[] TrackedSteps =
    {
        ScopesGenerator.TrackingNames.Catalog,
        ScopesGenerator.TrackingNames.Options,
        ScopesGenerator.TrackingNames.References,
    };

    [Fact]
    public void An_edit_to_an_unrelated_file_leaves_every_step_cached_or_unchanged()
    {
        var runner = new GeneratorRunner().WithCatalog(GeneratorRunner.OfficialCatalogJson);
        runner.Sources.Add("class Service { void Handle() { } }");
        var compilation = runner.CreateCompilation();
        var driver = runner.CreateDriver().RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("class Service { void Handle() { var x = 1; } }", path: compilation.SyntaxTrees.Single().FilePath));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            var outputs = second.TrackedSteps[step].SelectMany(run => run.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step {step} was {output.Reason} after an unrelated edit"));
        }

        Assert.All(
            second.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Changing_scopes_json_regenerates_the_constants()
    {
        var runner = new GeneratorRunner().WithCatalog(GeneratorRunner.OfficialCatalogJson);
        var compilation = runner.CreateCompilation();
        var driver = runner.CreateDriver().RunGenerators(compilation);
        var original = runner.AdditionalFiles.Single();

        var withBilling = GeneratorRunner.OfficialCatalogJson.Replace(
            "{ \"id\": \"workflows\"",
            "{ \"id\": \"billing\", \"name\": \"Billing\", \"actions\": [\"read\"] },\n    { \"id\": \"workflows\"");
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, withBilling));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Contains(result.TrackedSteps[ScopesGenerator.TrackingNames.Catalog].SelectMany(r => r.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        var generated = result.GeneratedSources.Single(s => s.HintName == "OpenCxScopes.g.cs").SourceText.ToString();
        Assert.Contains("public const string Read = \"billing:read\";", generated);
        Assert.All(
            result.TrackedSteps[ScopesGenerator.TrackingNames.Options].SelectMany(r => r.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }
}
