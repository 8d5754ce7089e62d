using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCx.Scopes.Generator;

namespace OpenCx.Scopes.Tests.Infrastructure;

/// <summary>Every descriptor the package ships: the analyzers' and the generator's catalog diagnostics.</summary>
internal static class AllDescriptors
{
    public static IReadOnlyList<DiagnosticDescriptor> Get() =>
        Analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics)
            .Concat(typeof(ScopesGenerator).Assembly.GetType("OpenCx.Scopes.Generator.CatalogDiagnostics")!
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
                .Select(field => (DiagnosticDescriptor)field.GetValue(null)!))
            .GroupBy(d => d.Id)
            .Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    public static IEnumerable<DiagnosticAnalyzer> Analyzers =>
        typeof(Scopes.Analyzers.RuleIdentifiers).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);
}
