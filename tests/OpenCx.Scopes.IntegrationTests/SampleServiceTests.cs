using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace OpenCx.Scopes.IntegrationTests;

/// <summary>The sample service in samples/, built from a copy against the packed packages.</summary>
[Collection(PackageFeedCollection.Name)]
public class SampleServiceTests(PackageFeed feed)
{
    [Fact]
    public void The_clean_service_builds_with_no_OpenCx_diagnostics()
    {
        var build = CopySample("CleanSample").Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotMatch(new Regex(@"\b(OCX\d{4}|AD0001|CS8785)\b"), build.Output);
    }

    [Fact]
    public void Each_rule_is_reported_on_the_line_of_the_sample_mistake_that_names_it()
    {
        var sample = CopySample("MistakesSample");
        var expected = File.ReadAllLines(Path.Combine(sample.Directory, "Mistakes", "Mistakes.cs"))
            .Select((line, index) => (Line: index + 1, Match: Regex.Match(line, @"// (OCX\d{4}):")))
            .Where(x => x.Match.Success)
            .Select(x => (x.Line, Id: x.Match.Groups[1].Value))
            .ToList();

        var build = sample.Build("-p:ShowMistakes=true");

        Assert.Equal(7, expected.Count);
        foreach (var (line, id) in expected)
        {
            Assert.Matches(new Regex($@"Mistakes\.cs\({line},\d+\): (warning|error) {id}:"), build.Output);
        }

        var reported = Regex.Matches(build.Output, @"Mistakes\.cs\((\d+),\d+\): (?:warning|error) (OCX\d{4})")
            .Select(m => (int.Parse(m.Groups[1].Value), m.Groups[2].Value))
            .Distinct();
        Assert.Equal(expected.OrderBy(e => e.Line), reported.OrderBy(r => r.Item1));
        Assert.DoesNotMatch(new Regex(@"\b(AD0001|CS8785)\b"), build.Output);
    }

    [Fact]
    public void Dotnet_format_analyzers_applies_the_code_fixes()
    {
        var sample = CopySample("FormattedSample", showMistakes: true);
        var mistakes = Path.Combine(sample.Directory, "Mistakes", "Mistakes.cs");
        Assert.True(sample.Build().ExitCode != 0);

        var format = sample.Format("analyzers --diagnostics OCX0004 OCX0005 --severity info -v:q");

        var fixedCode = File.ReadAllText(mistakes);
        Assert.True(format.ExitCode == 0, format.Output);
        Assert.Contains("[RequiresScope(OpenCxScopes.ChatSessions.Write)] // OCX0004", fixedCode);
        Assert.Contains("[RequiresScope(OpenCxScopes.ChatSessions.Write)] // OCX0005", fixedCode);
        Assert.Contains("[RequiresScope(\"contact:read\")]", fixedCode);
    }

    private ConsumerProject CopySample(string name, bool showMistakes = false) => SampleCopy.Create(feed, name, showMistakes);
}
