using System;
using System.IO;
using System.Linq;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests;

/// <summary>The README's rule table is generated from the descriptors; this keeps the two in step.</summary>
public class ReadmeRuleTableTests
{
    private const string Begin = "<!-- rules:begin -->";
    private const string End = "<!-- rules:end -->";

    [Fact]
    public void The_readme_rule_table_matches_the_descriptors()
    {
        var readmePath = Path.Combine(RepositoryRoot.Path, "README.md");
        var readme = File.ReadAllText(readmePath).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Begin, StringComparison.Ordinal) + Begin.Length;
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        var expected = "\n| id | default | title |\n|---|---|---|\n"
            + string.Concat(AllDescriptors.Get().Select(d => $"| [{d.Id}](docs/rules/{d.Id}.md) | {d.DefaultSeverity} | {d.Title} |\n"));

        if (Environment.GetEnvironmentVariable("OPENCX_UPDATE_README") == "1")
        {
            File.WriteAllText(readmePath, readme[..start] + expected + readme[end..]);
            return;
        }

        Assert.Equal(expected, readme[start..end]);
    }
}
