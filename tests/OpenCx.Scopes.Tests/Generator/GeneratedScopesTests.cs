using System.Linq;
using Microsoft.CodeAnalysis;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Generator;

public class GeneratedScopesTests
{
    private static readonly string[] OfficialClasses =
    {
        "Actions", "Autopilot", "Blocklist", "ChatSessions", "Contacts", "Crawl", "Csat", "Email",
        "HandoffAnalytics", "HelpCenter", "Insights", "OfficeHours", "Organization", "Phone", "Redaction",
        "Sequences", "Sip", "Tags", "Teams", "Training", "WhatsApp", "Widget", "Workflows",
    };

    [Fact]
    public void Official_catalog_generates_the_contract_names_and_45_constants()
    {
        var result = new GeneratorRunner().Run();

        Assert.Null(result.Exception);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerErrors);
        var scopes = result.Compilation.GetTypeByMetadataName("OpenCx.Scopes.OpenCxScopes")!;
        Assert.Equal(OfficialClasses, scopes.GetTypeMembers().Select(t => t.Name));
        var constants = scopes.GetTypeMembers().SelectMany(t => t.GetMembers().OfType<IFieldSymbol>()).ToList();
        Assert.Equal(45, constants.Count);
        Assert.All(constants, c => Assert.True(c.IsConst));
        Assert.Equal("org:read", scopes.GetTypeMembers("Organization").Single().GetMembers("Read").OfType<IFieldSymbol>().Single().ConstantValue);
        Assert.Empty(scopes.GetTypeMembers("HandoffAnalytics").Single().GetMembers("Write"));
        Assert.Equal(Accessibility.Internal, scopes.DeclaredAccessibility);
    }

    [Fact]
    public void Generated_code_compiles_against_consumer_code_and_HandoffAnalytics_Write_is_CS0117()
    {
        var runner = new GeneratorRunner();
        runner.Sources.Add("""
            using OpenCx.Scopes;
            static class Use
            {
                const string ok = OpenCxScopes.Organization.Read;
                static bool Known() => OpenCxScopes.IsKnown(OpenCxScopes.Csat.Write) && OpenCxScopes.All.Count == 45;
                static string Bad() => OpenCxScopes.HandoffAnalytics.Write;
            }
            """);

        var errors = runner.Run().CompilerErrors;

        var error = Assert.Single(errors);
        Assert.Equal("CS0117", error.Id);
        Assert.Contains("Write", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_generated_member_has_xml_docs_in_the_seed_words()
    {
        var source = new GeneratorRunner().Run().Sources["OpenCxScopes.g.cs"];

        Assert.Contains("/// <summary><c>contacts:read</c>: grants read access (GET / list) to Contacts.</summary>", source);
        Assert.Contains("/// <summary><c>workflows:write</c>: grants write access (create / update / delete) to Workflows.</summary>", source);
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("public const") || lines[i].Contains(" static class ") || lines[i].Contains(" static bool IsKnown"))
            {
                Assert.True(lines.Take(i).Reverse().SkipWhile(l => l.TrimStart().StartsWith("[")).First().TrimStart().StartsWith("///"), $"No doc comment before: {lines[i]}");
            }
        }
    }

    [Fact]
    public void All_and_IsKnown_agree_with_the_catalog_at_run_time()
    {
        var runner = new GeneratorRunner();
        runner.Sources.Add("""
            public static class Probe
            {
                public static System.Collections.Generic.IReadOnlyList<string> All() => OpenCx.Scopes.OpenCxScopes.All;
                public static bool IsKnown(string s) => OpenCx.Scopes.OpenCxScopes.IsKnown(s);
            }
            """);
        var probe = CompiledAssembly.Load(runner.Run().Compilation).GetType("Probe")!;

        var all = (System.Collections.Generic.IReadOnlyList<string>)probe.GetMethod("All")!.Invoke(null, null)!;
        bool IsKnown(string scope) => (bool)probe.GetMethod("IsKnown")!.Invoke(null, new object[] { scope })!;

        Assert.Equal(45, all.Count);
        Assert.Equal("actions:read", all[0]);
        Assert.Equal("workflows:write", all[^1]);
        Assert.All(all, scope => Assert.True(IsKnown(scope)));
        Assert.False(IsKnown("handoff-analytics:write"));
        Assert.False(IsKnown("Contacts:Read"));
        Assert.False(IsKnown("contacts"));
        Assert.Throws<System.NotSupportedException>(() => ((System.Collections.Generic.IList<string>)all)[0] = "x");
    }
}
