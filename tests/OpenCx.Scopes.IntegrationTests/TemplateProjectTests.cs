using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace OpenCx.Scopes.IntegrationTests;

/// <summary>
/// The SDK's own ASP.NET Core templates, as a new user starts: OCX0001 at exactly the endpoints each maps, and
/// `dotnet format analyzers` applies the OCX0001 fix (or, for MVC, a requirement on the conventional route) so that
/// the next build has none.
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

    [Fact]
    public void Mvc_template_actions_are_scoped_by_a_requirement_on_the_conventional_route()
    {
        var project = CreateFromTemplate("mvc", "TemplateMvc");
        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Equal(
            new[]
            {
                "HomeController.cs(9,26): warning OCX0001: Endpoint 'HomeController.Index'",
                "HomeController.cs(14,26): warning OCX0001: Endpoint 'HomeController.Privacy'",
                "HomeController.cs(20,26): warning OCX0001: Endpoint 'HomeController.Error'",
            }.OrderBy(line => line, System.StringComparer.Ordinal),
            Diagnostics(build.Output, "OCX0001").Select(line => line.Substring(0, line.IndexOf("' has", System.StringComparison.Ordinal) + 1)).OrderBy(line => line, System.StringComparer.Ordinal));

        // The template's actions have no route template: the conventional route reaches them, and its conventions cover them.
        var program = Path.Combine(project.Directory, "Program.cs");
        var source = File.ReadAllText(program);
        Assert.Contains(".WithStaticAssets();", source);
        File.WriteAllText(program, "using OpenCx.Scopes;\n" + source.Replace(".WithStaticAssets();", ".WithStaticAssets()\n    .RequireScope(OpenCxScopes.Contacts.Read);"));
        var rebuilt = project.Build("--no-restore");
        Assert.True(rebuilt.ExitCode == 0, rebuilt.Output);
        Assert.Empty(Diagnostics(rebuilt.Output, "OCX000[1-7]"));
    }

    private void AssertTemplate(string template, string name, string expected)
    {
        var project = CreateFromTemplate(template, name);
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

    private ConsumerProject CreateFromTemplate(string template, string name)
    {
        var project = new ConsumerProject(feed, name, csproj: false);
        var created = DotNet.Run(project.Directory, $"new {template} -n {name} -o . --no-restore --force");
        Assert.True(created.ExitCode == 0, created.Output);

        // The webapi templates reference Microsoft.AspNetCore.OpenApi, which the consumer's NuGet.config takes from nuget.org.
        var projectFile = Path.Combine(project.Directory, name + ".csproj");
        File.WriteAllText(projectFile, File.ReadAllText(projectFile).Replace(
            "</Project>",
            $"""  <ItemGroup><PackageReference Include="OpenCx.Scopes" Version="{PackageFeed.Version}" PrivateAssets="all" /></ItemGroup>{"\n"}</Project>"""));
        return project;
    }

    // "Program.cs(4,5): warning OCX0001: ...", once each (the build prints warnings again in its summary).
    private static string[] Diagnostics(string output, string ids) =>
        Regex.Matches(output, $@"(?<file>[^\s\\/]+\.cs)\((?<position>\d+,\d+)\): \w+ (?:{ids}): [^\[\r\n]*")
            .Select(match => match.Value.Trim())
            .Distinct()
            .ToArray();
}
