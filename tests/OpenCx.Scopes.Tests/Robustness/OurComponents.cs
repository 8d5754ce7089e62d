using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCx.Scopes.Analyzers;
using OpenCx.Scopes.Generator;

namespace OpenCx.Scopes.Tests.Robustness;

/// <summary>
/// Every analyzer and generator the package ships, found by reflection so a rule is fuzzed the day it lands.
/// </summary>
internal static class OurComponents
{
    public static Assembly AnalyzersAssembly { get; } = typeof(RuleIdentifiers).Assembly;

    public static Assembly GeneratorAssembly { get; } = typeof(ScopesGenerator).Assembly;

    public static ImmutableArray<Type> AnalyzerTypes { get; } = ConcreteTypes<DiagnosticAnalyzer>(AnalyzersAssembly);

    public static ImmutableArray<Type> GeneratorTypes { get; } = ConcreteTypes<IIncrementalGenerator>(GeneratorAssembly);

    public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers() =>
        AnalyzerTypes.Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!).ToImmutableArray();

    public static ImmutableArray<ISourceGenerator> CreateGenerators() =>
        GeneratorTypes.Select(type => ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator()).ToImmutableArray();

    private static ImmutableArray<Type> ConcreteTypes<T>(Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => typeof(T).IsAssignableFrom(type) && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToImmutableArray();
}
