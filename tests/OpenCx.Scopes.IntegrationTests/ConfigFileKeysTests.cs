using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace OpenCx.Scopes.IntegrationTests;

/// <summary>OCX0003 in the configuration and request files the package's targets hand to the compiler.</summary>
[Collection(PackageFeedCollection.Name)]
public class ConfigFileKeysTests(PackageFeed feed)
{
    // Made-up keys: random characters, no real vendor's format.
    private const string RandomKey = "u8jzPde0IgxLd6GncfBAepfJ";
    private const string OpenCxKey = "ocx_live_IhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7D";

    [Fact]
    public void Keys_in_appsettings_launchSettings_and_http_files_are_three_warnings_at_their_lines_unless_turned_off()
    {
        // With ListItself=true the project lists one of the files itself, and the package must not add it again.
        var project = new ConsumerProject(
                feed,
                "ConfigFileKeys",
                sdk: "Microsoft.NET.Sdk.Web",
                extraItems: """<AdditionalFiles Include="appsettings.Development.json" Condition="'$(ListItself)' == 'true'" />""")
            .Write("Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n")
            .Write("appsettings.json", """
                {
                  "Logging": { "LogLevel": { "Default": "Information" } },
                  "AllowedHosts": "*",
                  "OpenCx": { "ApiKeys": [ { "Name": "Production", "Sha256": "973b9e6e9a7e709c8a44f4739019d05b41b6c698d970bc053c8c3e4461c1ec80" } ] }
                }
                """)
            .Write("appsettings.Development.json", $$"""
                {
                  // local development
                  "OpenCx": {
                    "ApiKey": "{{RandomKey}}",
                  },
                }
                """)
            .Write("Properties/launchSettings.json", $$"""
                {
                  "profiles": {
                    "http": {
                      "commandName": "Project",
                      "environmentVariables": {
                        "ASPNETCORE_ENVIRONMENT": "Development",
                        "OPENCX_API_KEY": "{{RandomKey}}"
                      }
                    }
                  }
                }
                """)
            .Write("ConfigFileKeys.http", $$$"""
                @host = http://localhost:5080

                GET {{host}}/contacts/
                Accept: application/json
                Authorization: Bearer {{{OpenCxKey}}}

                ###
                GET {{host}}/tags/
                Authorization: Bearer {{apiKey}}
                """);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        var reported = Warnings(build.Output);
        Assert.Equal(
            new[]
            {
                "ConfigFileKeys.http(5,23)",
                "appsettings.Development.json(4,16)",
                "launchSettings.json(7,28)",
            },
            reported);
        Assert.Contains("OpenCx:ApiKey in appsettings.Development.json holds a hard-coded API key", build.Output);
        Assert.DoesNotContain(RandomKey.Substring(0, 8), string.Join("\n", build.Output.Split('\n').Where(line => line.Contains("OCX0003"))));

        var listed = project.MSBuild("-getItem:AdditionalFiles -p:ListItself=true");
        Assert.True(listed.ExitCode == 0, listed.Output);
        Assert.Single(Regex.Matches(listed.Output, @"""FullPath"": ""[^""]*appsettings\.Development\.json"""));

        // A rebuild, so the compiler runs again rather than being skipped as up to date.
        var off = project.Build("--no-incremental -p:OpenCxScanConfigFiles=false");

        Assert.True(off.ExitCode == 0, off.Output);
        Assert.Empty(Warnings(off.Output));
        Assert.Contains("Build succeeded", off.Output);

        // The compiler gives diagnostics in additional files the project-wide severity: a .globalconfig sets it
        // (a [*.json] section of .editorconfig does not reach them).
        project.Write(".globalconfig", """
            is_global = true
            dotnet_diagnostic.OCX0003.severity = error
            """);
        var configured = project.Build("--no-incremental");

        Assert.NotEqual(0, configured.ExitCode);
        Assert.Matches(@"appsettings\.Development\.json\(4,16\): error OCX0003", configured.Output);
        Assert.Matches(@"ConfigFileKeys\.http\(5,23\): error OCX0003", configured.Output);
        Assert.Empty(Warnings(configured.Output));
    }

    /// <summary>Each OCX0003 once (MSBuild repeats warnings in its summary), as file(line,column), sorted.</summary>
    private static string[] Warnings(string output) =>
        Regex.Matches(output, @"([\w.]+)\((\d+),(\d+)\): warning OCX0003")
            .Select(m => $"{m.Groups[1].Value}({m.Groups[2].Value},{m.Groups[3].Value})")
            .Distinct()
            .OrderBy(w => w, System.StringComparer.Ordinal)
            .ToArray();
}
