using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace OpenCx.Scopes.IntegrationTests;

/// <summary>
/// The SDK's own ASP.NET Core templates, as a new user starts: OCX0001 at exactly the endpoints each maps, and
/// `dotnet format analyzers` applies the OCX0001 fix so that the next build has none.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public class TemplateProjectTests(PackageFeed feed)
{
    [Fact]
    public void Web_template_maps_one_endpoint() =>
        AssertTemplate("web", "TemplateWeb", "Program.cs(4,5): warning OCX0001: Endpoint 'GET /'");

    [Fact]
    public void Webapi_template_maps_the_weather_forecast() =>
        AssertTemplate("webapi", "TemplateWebApi", "Program.cs(22,5): warning OCX0001: Endpoint 'GET /weatherforecast'");

    [Fact]
    public void Webapi_controllers_template_maps_the_weather_forecast_action() =>
        AssertTemplate(
            "webapi --use-controllers",
            "TemplateControllers",
            "WeatherForecastController.cs(15,41): warning OCX0001: Endpoint 'GET /WeatherForecast (WeatherForecastController.Get)'");

    private void AssertTemplate(string template, string name, string expected)
    {
        var project = new ConsumerProject(feed, name, csproj: false);
        var created = DotNet.Run(project.Directory, $"new {template} -n {name} -o . --no-restore --force");
        Assert.True(created.ExitCode == 0, created.Output);

        // The webapi templates reference Microsoft.AspNetCore.OpenApi, which the consumer's NuGet.config takes from nuget.org.
        var projectFile = Path.Combine(project.Directory, name + ".csproj");
        File.WriteAllText(projectFile, File.ReadAllText(projectFile).Replace(
            "</Project>",
            $"""  <ItemGroup><PackageReference Include="OpenCx.Scopes" Version="{PackageFeed.Version}" PrivateAssets="all" /></ItemGroup>{"\n"}</Project>"""));

        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Equal(new[] { expected }, Diagnostics(build.Output, "OCX0001").Select(line => line.Substring(0, line.IndexOf("' has", System.StringComparison.Ordinal) + 1)));
        Assert.Empty(Diagnostics(build.Output, "OCX000[2-7]"));

        var format = project.Format("analyzers --diagnostics OCX0001 --no-restore");
        Assert.True(format.ExitCode == 0, format.Output);
        var rebuilt = project.Build("--no-restore");
        Assert.True(rebuilt.ExitCode == 0, rebuilt.Output);
        Assert.Empty(Diagnostics(rebuilt.Output, "OCX0001"));
    }

    // "Program.cs(4,5): warning OCX0001: ...", once each (the build prints warnings again in its summary).
    private static string[] Diagnostics(string output, string ids) =>
        Regex.Matches(output, $@"(?<file>[^\s\\/]+\.cs)\((?<position>\d+,\d+)\): \w+ (?:{ids}): [^\[\r\n]*")
            .Select(match => match.Value.Trim())
            .Distinct()
            .ToArray();
}
