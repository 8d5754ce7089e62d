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
    /// <summary>For the Microsoft.CodeAnalysis.Testing verifiers.</summary>
    public static ReferenceAssemblies Net10 { get; } = new ReferenceAssemblies(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"),
        Path.Combine("ref", "net10.0"));

    public static ReferenceAssemblies AspNetCore10 { get; } = Net10.AddPackages(
        ImmutableArray.Create(new PackageIdentity("Microsoft.AspNetCore.App.Ref", "10.0.12")));

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
