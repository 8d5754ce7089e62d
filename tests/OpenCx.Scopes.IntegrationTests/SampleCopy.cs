using System.IO;
using System.Linq;

namespace OpenCx.Scopes.IntegrationTests;

/// <summary>A copy of samples/ContactsService that builds against the packed packages.</summary>
internal static class SampleCopy
{
    public static ConsumerProject Create(PackageFeed feed, string name, bool showMistakes = false)
    {
        var source = Path.Combine(feed.RepoRoot, "samples", "ContactsService");
        var project = new ConsumerProject(feed, name, csproj: false);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            project.Write(Path.GetRelativePath(source, file), File.ReadAllText(file));
        }

        project.Write(
            "Directory.Build.props",
            $"<Project><PropertyGroup><OpenCxScopesVersion>{PackageFeed.Version}</OpenCxScopesVersion><ShowMistakes>{showMistakes}</ShowMistakes></PropertyGroup></Project>");
        return project;
    }
}
