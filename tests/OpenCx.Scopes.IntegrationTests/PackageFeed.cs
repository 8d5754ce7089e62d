using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace OpenCx.Scopes.IntegrationTests;

/// <summary>
/// Packs OpenCx.Scopes once per test run into a temporary feed, with its own NuGet packages folder, so
/// consumers restore exactly what `dotnet pack` produced and nothing from an earlier run.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        RepoRoot = typeof(PackageFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        Root = Directory.CreateTempSubdirectory("opencx-scopes-it-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        PackagesFolder = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
        foreach (var project in PackedProjects.Where(p => File.Exists(Path.Combine(RepoRoot, p))))
        {
            var pack = DotNet.Run(RepoRoot, $"pack \"{Path.Combine(RepoRoot, project)}\" -c Release -o \"{Feed}\" -p:Version={Version}");
            Assert.True(pack.ExitCode == 0, pack.Output);
        }
    }

    public const string Version = "1.0.0-it";

    private static readonly string[] PackedProjects =
    {
        "src/OpenCx.Scopes/OpenCx.Scopes.csproj",
        "src/OpenCx.Scopes.AspNetCore/OpenCx.Scopes.AspNetCore.csproj",
        "src/OpenCx.Scopes.OpenApi/OpenCx.Scopes.OpenApi.csproj",
        "src/OpenCx.Scopes.Tool/OpenCx.Scopes.Tool.csproj",
    };

    public string RepoRoot { get; }

    public string Root { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    public string PackagePath => Path.Combine(Feed, $"OpenCx.Scopes.{Version}.nupkg");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS later.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Packed OpenCx.Scopes";
}
