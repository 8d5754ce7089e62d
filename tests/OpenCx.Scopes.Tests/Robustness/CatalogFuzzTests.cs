using System;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using OpenCx.Scopes.Catalog;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Robustness;

/// <summary>
/// A broken catalog never crashes the build: the parser survives every truncation and thousands of seeded
/// corruptions of the official scopes.json, and every problem it reports points inside the text.
/// </summary>
public class CatalogFuzzTests
{
    private static readonly string Official = GeneratorRunner.OfficialCatalogJson;

    [Fact]
    public void Official_catalog_gives_45_scopes_and_no_problems()
    {
        var result = CatalogParser.Parse(Official);

        Assert.Empty(result.Problems);
        Assert.Equal(45, result.Catalog!.AllScopes.Count());
    }

    [Fact]
    public void Every_truncation_is_reported_and_never_throws()
    {
        var lastBrace = Official.LastIndexOf('}');
        for (var length = 0; length <= Official.Length; length++)
        {
            var text = Official.Substring(0, length);

            var result = ParseAndCheckSpans(text, $"truncated at {length}");

            if (length <= lastBrace)
            {
                Assert.True(!result.HasCatalog && result.Problems > 0, $"truncated at {length}: expected an unreadable-catalog problem");
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Corrupted_catalogs_never_throw_and_locate_every_problem(int seed)
    {
        var index = 0;
        foreach (var mutant in new TextMutator(Official, seed).Mutants(2000))
        {
            var result = ParseAndCheckSpans(mutant, $"seed {seed} mutant {index++}");

            Assert.True(result.HasCatalog || result.Problems > 0, $"seed {seed} mutant {index}: no catalog and no problem\n{mutant}");
        }
    }

    /// <summary>Parses, checks every problem's location, and names the case if the parser throws.</summary>
    private static (bool HasCatalog, int Problems) ParseAndCheckSpans(string json, string caseName)
    {
        try
        {
            var result = CatalogParser.Parse(json);
            var text = SourceText.From(json);
            foreach (var problem in result.Problems)
            {
                Assert.True(problem.Span.Start >= 0 && problem.Span.End <= json.Length, $"{caseName}: {problem.RuleId} span {problem.Span} outside a text of {json.Length}");
                Assert.Equal(text.Lines.GetLinePositionSpan(problem.Span), problem.LineSpan);
            }

            return (result.Catalog is not null, result.Problems.Count);
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException($"{caseName}: CatalogParser threw {exception}\n--- catalog ---\n{json}");
        }
    }
}
