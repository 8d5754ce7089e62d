using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace OpenCx.Scopes.Tests.Infrastructure;

/// <summary>Reference assemblies for compilations in tests: .NET 10 alone, or with ASP.NET Core.</summary>
internal static class TestReferences
{
    /// <summary>
    /// For the Microsoft.CodeAnalysis.Testing verifiers: no packs to download, the references come from the targeting
    /// packs installed with the SDK (<see cref="Add"/>). A verifier that downloads the packs itself, on a fresh machine,
    /// resolved them without the ASP.NET Core assemblies in the first test run of the process.
    /// </summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    /// <summary>Adds the .NET 10 (and, by default, ASP.NET Core 10) reference assemblies to a test's state.</summary>
    public static void Add(SolutionState state, bool aspNetCore = true) =>
        state.AdditionalReferences.AddRange(aspNetCore ? AspNetCoreMetadata : NetCoreMetadata);

    /// <summary>For compilations built by hand: the targeting packs installed with the SDK.</summary>
    public static ImmutableArray<MetadataReference> NetCoreMetadata { get; } = FromPack("Microsoft.NETCore.App.Ref");

    public static ImmutableArray<MetadataReference> AspNetCoreMetadata { get; } = NetCoreMetadata.AddRange(FromPack("Microsoft.AspNetCore.App.Ref"));

    private static ImmutableArray<MetadataReference> FromPack(string pack)
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var packRoot = Path.Combine(dotnetRoot, "packs", pack);
        var version = Directory.GetDirectories(packRoot).Select(Path.GetFileName).OrderByDescending(v => Version.Parse(v!.Split('-')[0])).First();
        var refFolder = Directory.GetDirectories(Path.Combine(packRoot, version!, "ref")).OrderBy(d => d).Last();
        return Directory.GetFiles(refFolder, "*.dll").Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }
}
