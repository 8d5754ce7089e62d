using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCx.Scopes.Analyzers.Rules;
using OpenCx.Scopes.Generator;

namespace OpenCx.Scopes.Tests;

/// <summary>Every diagnostic the package can report links to its page in docs/rules, and that page exists.</summary>
public class RuleHelpTests
{
    public static TheoryData<string> RuleIds => new(AllDescriptors().Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));

    [Fact]
    public void Finds_the_descriptors_of_the_analyzers_and_the_generator()
    {
        var ids = AllDescriptors().Select(d => d.Id).ToList();

        Assert.Contains("OCX0002", ids);
        Assert.Contains("OCX0100", ids);
        Assert.Contains("OCX0111", ids);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_descriptor_links_to_its_rule_page(string id)
    {
        Assert.All(AllDescriptors().Where(d => d.Id == id), descriptor => Assert.Equal(RuleHelp.UriFor(id), descriptor.HelpLinkUri));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_page_titled_with_its_id(string id)
    {
        var page = Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");

        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        Assert.StartsWith("# " + id, File.ReadLines(page).First(), StringComparison.Ordinal);
    }

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors()
    {
        var analyzers = typeof(InvalidScopeAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics);
        var catalogDiagnostics = typeof(ScopesGenerator).Assembly.GetType("OpenCx.Scopes.Generator.CatalogDiagnostics", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!);
        return analyzers.Concat(catalogDiagnostics);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpenCx.Scopes.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No OpenCx.Scopes.sln above " + AppContext.BaseDirectory);
    }
}
