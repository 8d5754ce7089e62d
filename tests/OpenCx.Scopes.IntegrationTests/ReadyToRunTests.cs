using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace OpenCx.Scopes.IntegrationTests;

/// <summary>
/// The package's precompiled (ReadyToRun) copies of the analyzers and the generator: what they are, and that a
/// command-line build on a platform they exist for compiles with them and reports exactly what the IL assemblies do.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public class ReadyToRunTests(PackageFeed feed)
{
    // A ReadyToRun image for a non-Windows platform marks its machine with the operating system's value (crossgen2's
    // "machine OS override"), so that no other platform's loader takes its native code.
    public static readonly (string Rid, Machine Machine)[] Platforms =
    {
        ("linux-arm64", (Machine)((ushort)Machine.Arm64 ^ 0x7B79)),
        ("linux-x64", (Machine)((ushort)Machine.Amd64 ^ 0x7B79)),
        ("osx-arm64", (Machine)((ushort)Machine.Arm64 ^ 0x4644)),
        ("osx-x64", (Machine)((ushort)Machine.Amd64 ^ 0x4644)),
    };

    public static readonly string[] PrecompiledAssemblies = { "OpenCx.Scopes.Analyzers.dll", "OpenCx.Scopes.Generator.dll" };

    [Fact]
    public void Each_precompiled_copy_is_the_IL_assembly_with_native_code_for_its_platform()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        foreach (var assembly in PrecompiledAssemblies)
        {
            var il = Read(package, $"analyzers/dotnet/cs/{assembly}");
            Assert.Equal(0, il.NativeHeaderSize);
            Assert.Equal(Machine.I386, il.Machine);
            foreach (var (rid, machine) in Platforms)
            {
                var precompiled = Read(package, $"build/readytorun/{rid}/{assembly}");
                Assert.True(precompiled.NativeHeaderSize > 0, $"{rid}/{assembly} has no ReadyToRun header");
                Assert.Equal(machine, precompiled.Machine);
                Assert.Equal(il.Mvid, precompiled.Mvid);
            }
        }
    }

    [Fact]
    public void A_command_line_build_compiles_with_the_precompiled_copies_and_reports_what_the_IL_assemblies_report()
    {
        var project = new ConsumerProject(feed, "ReadyToRunConsumer", sdk: "Microsoft.NET.Sdk.Web")
            .Write("Program.cs", """
                using System.Net.Http.Headers;
                using OpenCx.Scopes;

                var app = WebApplication.Create(args);
                app.MapGet("/contacts", () => "all");
                app.MapGet("/stats", () => "stats").RequireScope("handoff-analytics:write");
                app.MapPost("/tags", () => "tag").RequireScope(OpenCxScopes.Tags.Read);
                app.MapGet("/notes", () => "notes").RequireScope("contacts:read");
                app.MapGet("/org", () => "org").RequireScope(args[0]);
                var header = new AuthenticationHeaderValue("Bearer", "ocx_live_9fQ2xL7mK4pR8sT1vW3yZ6bC");
                app.Run();
                """)
            .Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.OCX0005.severity = warning\n");
        var platform = RuntimeInformation.RuntimeIdentifier;
        var expectedFolder = Platforms.Any(p => p.Rid == platform) ? $"build/readytorun/{platform}/" : "analyzers/dotnet/cs/";

        var precompiled = project.Build("-v:n");
        var il = project.Build("-v:n --no-incremental -p:OpenCxScopesReadyToRun=false");

        // OCX0002 is an error, so both builds fail, and for the same reasons.
        Assert.True(precompiled.ExitCode == 1, precompiled.Output);
        Assert.True(il.ExitCode == 1, il.Output);
        Assert.Equal(
            new[] { "analyzers/dotnet/cs/OpenCx.Scopes.CodeFixes.dll", expectedFolder + "OpenCx.Scopes.Analyzers.dll", expectedFolder + "OpenCx.Scopes.Generator.dll" }.OrderBy(p => p),
            OurAnalyzers(precompiled.Output));
        Assert.Equal(
            new[] { "analyzers/dotnet/cs/OpenCx.Scopes.Analyzers.dll", "analyzers/dotnet/cs/OpenCx.Scopes.CodeFixes.dll", "analyzers/dotnet/cs/OpenCx.Scopes.Generator.dll" },
            OurAnalyzers(il.Output));
        // In the same place on the command line: the compiler runs generators in that order.
        var order = AnalyzerFileNames(il.Output);
        Assert.Contains("Microsoft.Interop.ComInterfaceGenerator.dll", order);
        Assert.Equal(order, AnalyzerFileNames(precompiled.Output));
        var reported = Diagnostics(precompiled.Output);
        Assert.Equal(new[] { "OCX0001", "OCX0002", "OCX0003", "OCX0004", "OCX0005", "OCX0006" }, reported.Select(d => Regex.Match(d, @"OCX\d{4}").Value).Distinct().Order());
        Assert.Equal(Diagnostics(il.Output), reported);
    }

    [Fact]
    public void Visual_Studio_design_time_builds_other_platforms_and_the_opt_out_keep_the_IL_assemblies()
    {
        var project = new ConsumerProject(feed, "ReadyToRunHosts")
            .Write("Program.cs", "Console.WriteLine(OpenCx.Scopes.OpenCxScopes.Tags.Read);");
        var restore = project.MSBuild("-restore -t:ResolveLockFileAnalyzers");
        Assert.True(restore.ExitCode == 0, restore.Output);
        string AnalyzersWith(string property) => project.MSBuild($"-t:ResolveLockFileAnalyzers -t:OpenCxScopesUseReadyToRun -getItem:Analyzer {property}").Output;

        if (Platforms.Any(p => p.Rid == RuntimeInformation.RuntimeIdentifier))
        {
            Assert.Equal(2, Paths(AnalyzersWith(""), $@"build/readytorun/{RuntimeInformation.RuntimeIdentifier}/OpenCx\.Scopes\.\w+\.dll"));
        }

        var hosts = new[] { "-p:DesignTimeBuild=true", "-p:BuildingInsideVisualStudio=true", "-p:OpenCxScopesReadyToRun=false", "-p:NETCoreSdkPortableRuntimeIdentifier=freebsd-x64" };
        foreach (var property in hosts)
        {
            var analyzers = AnalyzersWith(property);
            Assert.Equal(3, Paths(analyzers, @"analyzers/dotnet/cs/OpenCx\.Scopes\.\w+\.dll"));
            Assert.DoesNotContain("readytorun", analyzers);
        }
    }

    // -getItem prints each item's path under several metadata names.
    private static int Paths(string items, string pattern) => Regex.Matches(items, pattern).Select(m => m.Value).Distinct().Count();

    private static (int NativeHeaderSize, Machine Machine, System.Guid Mvid) Read(ZipArchive package, string entry)
    {
        using var stream = new MemoryStream();
        using (var source = package.GetEntry(entry)!.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return (pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size, pe.PEHeaders.CoffHeader.Machine, metadata.GetGuid(metadata.GetModuleDefinition().Mvid));
    }

    // The /analyzer: paths on the compiler's command line, in order.
    private static string[] AnalyzerPaths(string buildOutput) =>
        Regex.Matches(Regex.Match(buildOutput, @"csc /noconfig .*").Value, @"/analyzer:(\S+)").Select(m => m.Groups[1].Value).ToArray();

    private static string[] AnalyzerFileNames(string buildOutput) => AnalyzerPaths(buildOutput).Select(path => Path.GetFileName(path)).ToArray();

    // Ours, relative to the package folder.
    private static IEnumerable<string> OurAnalyzers(string buildOutput) =>
        AnalyzerPaths(buildOutput)
            .Select(path => Regex.Match(path, @"opencx\.scopes/[^/]+/(.*OpenCx\.Scopes\.\w+\.dll)$"))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .Order();

    private static string[] Diagnostics(string buildOutput) =>
        Regex.Matches(buildOutput, @"Program\.cs\(\d+,\d+\): (warning|error) OCX\d{4}: [^\[\r\n]*")
            .Select(m => m.Value.Trim())
            .Distinct()
            .Order()
            .ToArray();
}
