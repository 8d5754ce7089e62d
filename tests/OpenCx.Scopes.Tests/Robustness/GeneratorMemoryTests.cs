using System;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Robustness;

/// <summary>
/// In the IDE the generator driver lives for the whole session: it must not keep an old Compilation (and
/// with it every syntax tree and symbol) alive once a newer one has run.
/// </summary>
public class GeneratorMemoryTests
{
    [Fact]
    public void Generator_keeps_no_compilation_alive_between_runs()
    {
        var (driver, previous) = RunOnce(CreateDriver(OurComponents.CreateGenerators().ToArray()));

        driver = driver.RunGenerators(NewCompilation("class Edited { }"));
        Collect();

        Assert.False(previous.IsAlive, "the first compilation is still reachable after the generator ran on a newer one");
        GC.KeepAlive(driver);
    }

    [Fact]
    public void A_generator_that_holds_its_compilation_is_caught()
    {
        var (driver, previous) = RunOnce(CreateDriver(new[] { new CompilationHoardingGenerator().AsSourceGenerator() }));

        driver = driver.RunGenerators(NewCompilation("class Edited { }"));
        Collect();

        Assert.True(previous.IsAlive);
        GC.KeepAlive(driver);
    }

    // Not inlined, so no local of this frame keeps the first compilation reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (GeneratorDriver Driver, WeakReference Compilation) RunOnce(GeneratorDriver driver)
    {
        var compilation = NewCompilation(SeedCorpus.MinimalApi);
        return (driver.RunGenerators(compilation), new WeakReference(compilation));
    }

    private static GeneratorDriver CreateDriver(ISourceGenerator[] generators) =>
        CSharpGeneratorDriver.Create(generators, new AdditionalText[] { new InMemoryAdditionalText("/project/scopes.json", GeneratorRunner.OfficialCatalogJson) });

    private static Compilation NewCompilation(string source) => RobustnessRun.Compile(source);

    private static void Collect()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    /// <summary>The leak this test exists to catch: an input that captures the compilation itself.</summary>
    private sealed class CompilationHoardingGenerator : IIncrementalGenerator
    {
        private static readonly System.Collections.Generic.List<Compilation> Seen = new();

        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.CompilationProvider, (_, compilation) =>
            {
                lock (Seen)
                {
                    Seen.Add(compilation);
                }
            });
    }
}
