using System.Collections.Generic;
using System.IO;

namespace OpenCx.Scopes.IntegrationTests;

/// <summary>
/// A real project on disk that references the packed OpenCx.Scopes and nothing else of ours. Our packages come
/// from the test feed only; others (Microsoft.AspNetCore.OpenApi for OpenCx.Scopes.OpenApi) from nuget.org.
/// </summary>
public sealed class ConsumerProject
{
    private readonly PackageFeed feed;

    public ConsumerProject(PackageFeed feed, string name, string sdk = "Microsoft.NET.Sdk", string outputType = "Exe", string extraProperties = "", string extraItems = "", bool csproj = true)
    {
        this.feed = feed;
        Directory = System.IO.Directory.CreateDirectory(Path.Combine(feed.Root, name)).FullName;
        if (csproj)
        {
            WriteProjectFile(name, sdk, outputType, extraProperties, extraItems);
        }

        Write("NuGet.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="OpenCx.*" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Packages.props", "<Project />");
    }

    public string Directory { get; }

    private void WriteProjectFile(string name, string sdk, string outputType, string extraProperties, string extraItems) =>
        Write($"{name}.csproj", $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>{outputType}</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OpenCx.Scopes" Version="{PackageFeed.Version}" PrivateAssets="all" />
                {extraItems}
              </ItemGroup>
            </Project>
            """);

    public ConsumerProject Write(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public CommandResult Build(string arguments = "") => DotNet.Run(Directory, $"build {arguments} -nodeReuse:false", Environment);

    public CommandResult MSBuild(string arguments) => DotNet.Run(Directory, $"msbuild {arguments} -nodeReuse:false", Environment);

    public CommandResult Format(string arguments) => DotNet.Run(Directory, $"format {arguments}", Environment);

    public CommandResult Run() => DotNet.Run(Directory, "run --no-build", Environment);

    private Dictionary<string, string> Environment => new() { ["NUGET_PACKAGES"] = feed.PackagesFolder };
}
