using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;

namespace OpenCx.Scopes.IntegrationTests;

[Collection(PackageFeedCollection.Name)]
public class PackageConsumerTests(PackageFeed feed)
{
    [Fact]
    public void The_package_is_a_development_dependency_with_the_three_assemblies_and_the_catalog()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var entries = package.Entries.Select(e => e.FullName).ToList();

        Assert.Equal(
            new[] { "analyzers/dotnet/cs/OpenCx.Scopes.Analyzers.dll", "analyzers/dotnet/cs/OpenCx.Scopes.CodeFixes.dll", "analyzers/dotnet/cs/OpenCx.Scopes.Generator.dll" },
            entries.Where(e => e.StartsWith("analyzers/")).OrderBy(e => e));
        Assert.Equal(
            ReadyToRunTests.Platforms.SelectMany(p => ReadyToRunTests.PrecompiledAssemblies.Select(assembly => $"build/readytorun/{p.Rid}/{assembly}")).OrderBy(e => e),
            entries.Where(e => e.EndsWith(".dll") && !e.StartsWith("analyzers/")).OrderBy(e => e));
        Assert.Contains("build/scopes.json", entries);
        Assert.Contains("build/scopes.schema.json", entries);
        Assert.Contains("build/OpenCx.Scopes.props", entries);
        Assert.Contains("buildTransitive/OpenCx.Scopes.targets", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/"));
        using var nuspec = new StreamReader(package.GetEntry("OpenCx.Scopes.nuspec")!.Open());
        var manifest = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", manifest);
        Assert.DoesNotContain("<dependency ", manifest);
    }

    [Fact]
    public void A_console_consumer_sees_all_45_constants_and_runs()
    {
        var project = new ConsumerProject(feed, "ConstantsConsumer")
            .Write("Program.cs", """
                using OpenCx.Scopes;
                Console.WriteLine($"{OpenCxScopes.Organization.Read} {OpenCxScopes.HandoffAnalytics.Read} {OpenCxScopes.Csat.Write} {OpenCxScopes.WhatsApp.Read} {OpenCxScopes.All.Count} {OpenCxScopes.IsKnown("handoff-analytics:write")}");
                """);

        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("warning OCX", build.Output);
        var run = project.Run();

        Assert.Equal("org:read handoff-analytics:read csat:write whatsapp:read 45 False", run.Output.Trim());
        Assert.False(File.Exists(Path.Combine(project.Directory, "bin", "Debug", "net10.0", "OpenCx.Scopes.Generator.dll")), "Nothing of the package may reach the runtime output");
    }

    [Fact]
    public void HandoffAnalytics_Write_does_not_exist()
    {
        var project = new ConsumerProject(feed, "WriteToReadOnly")
            .Write("Program.cs", "Console.WriteLine(OpenCx.Scopes.OpenCxScopes.HandoffAnalytics.Write);");

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"Program\.cs\(1,\d+\): error CS0117: 'OpenCxScopes.HandoffAnalytics' does not contain a definition for 'Write'", build.Output);
    }

    [Fact]
    public void A_project_catalog_with_a_24th_resource_generates_its_constants()
    {
        var catalog = File.ReadAllText(Path.Combine(feed.RepoRoot, "scopes.json"))
            .Replace("{ \"id\": \"workflows\"", "{ \"id\": \"billing\", \"name\": \"Billing\", \"actions\": [\"read\", \"write\"] },\n    { \"id\": \"workflows\"");
        var project = new ConsumerProject(feed, "OwnCatalog")
            .Write("scopes.json", catalog)
            .Write("Program.cs", "Console.WriteLine($\"{OpenCx.Scopes.OpenCxScopes.Billing.Write} {OpenCx.Scopes.OpenCxScopes.All.Count}\");");

        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.Output);

        Assert.Equal("billing:write 47", project.Run().Output.Trim());
    }

    [Fact]
    public void OpenCxScopesFile_namespace_and_accessibility_properties_are_honoured()
    {
        var project = new ConsumerProject(
                feed,
                "ConfiguredCatalog",
                outputType: "Library",
                extraProperties: "<OpenCxScopesFile>config/team-scopes.json</OpenCxScopesFile><OpenCxScopesNamespace>Acme.Auth</OpenCxScopesNamespace><OpenCxScopesAccessibility>public</OpenCxScopesAccessibility>")
            .Write("config/team-scopes.json", """{ "resources": [ { "id": "billing", "name": "Billing", "actions": ["read"] } ] }""")
            .Write("Api.cs", "namespace Acme { public static class Api { public const string Scope = Acme.Auth.OpenCxScopes.Billing.Read; } }");

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
    }

    [Fact]
    public void A_broken_catalog_fails_the_build_with_an_error_located_in_scopes_json_and_no_crash()
    {
        var project = new ConsumerProject(feed, "BrokenCatalog")
            .Write("scopes.json", "{\n  \"resources\": [\n    { \"id\": \"tags\", \"name\": \"Tags\", \"actions\": [\"read\", \"delete\"] },\n    { \"id\": \"Bad_Id\", \"name\": \"Bad\", \"actions\": [\"read\"] }\n  ]\n}\n")
            .Write("Program.cs", "Console.WriteLine(OpenCx.Scopes.OpenCxScopes.Tags.Read);");

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"scopes\.json\(3,57\): error OCX0105: 'delete' is not an action", build.Output);
        Assert.Matches(@"scopes\.json\(4,13\): error OCX0103: Resource id 'Bad_Id' is not valid", build.Output);
        Assert.DoesNotMatch(new Regex("AD0001|CS8785"), build.Output);
    }

    [Fact]
    public void An_unreadable_catalog_is_one_error_and_no_generated_code()
    {
        var project = new ConsumerProject(feed, "UnreadableCatalog")
            .Write("scopes.json", "{ \"resources\": [ { \"id\": \"tags\", ")
            .Write("Program.cs", "Console.WriteLine(\"no scopes used\");");

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Single(Regex.Matches(build.Output, @"scopes\.json\(1,\d+\): error OCX0100").Select(m => m.Value).Distinct());
        Assert.DoesNotMatch(new Regex("AD0001|CS8785"), build.Output);
    }
}
