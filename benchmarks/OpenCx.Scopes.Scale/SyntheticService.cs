using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenCx.Scopes.Scale;

/// <summary>
/// Writes the files of a synthetic OpenCX service: MVC controllers and minimal-API route groups that state
/// their scopes the way the package asks (mostly generated constants, some literals, a few anonymous
/// endpoints), plus plain code full of ordinary strings. The same sources build with and without the package:
/// without it, Baseline/OpenCxScopesShim.cs stands in for the generated code.
/// </summary>
internal sealed class SyntheticService(ScaleOptions options)
{
    private static readonly string[] ControllerVerbs = { "HttpGet", "HttpGet", "HttpPost", "HttpPut", "HttpDelete", "HttpPatch" };
    private static readonly string[] MapVerbs = { "MapGet", "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch" };

    public int Literals { get; private set; }

    public int Lines { get; private set; }

    public IEnumerable<(string Path, string Text)> Files()
    {
        var kindFiles = Math.Max(1, options.Files / 3);
        var controllerFiles = Split(options.Controllers, kindFiles).ToList();
        var groupFiles = Split(options.RouteGroups, kindFiles).ToList();
        var endpointsPerGroup = Split(options.MinimalEndpoints, options.RouteGroups).ToList();

        yield return ("Service.csproj", ProjectFile);
        yield return ("Baseline/OpenCxScopesShim.cs", Shim());
        yield return ("Program.cs", ProgramFile(options.RouteGroups));

        var controller = 0;
        for (var file = 0; file < controllerFiles.Count; file++)
        {
            var writer = new SourceWriter();
            WriteUsings(writer, "Microsoft.AspNetCore.Mvc");
            for (var i = 0; i < controllerFiles[file]; i++)
            {
                WriteController(writer, controller++);
            }

            yield return Counted($"Controllers/Controllers{file}.cs", writer);
        }

        var group = 0;
        for (var file = 0; file < groupFiles.Count; file++)
        {
            var writer = new SourceWriter();
            WriteUsings(writer, "Microsoft.AspNetCore.Http");
            writer.Line($"public static class Endpoints{file}").Line("{");
            for (var i = 0; i < groupFiles[file]; i++, group++)
            {
                WriteGroup(writer, group, endpointsPerGroup[group]);
            }

            yield return Counted($"Endpoints/Endpoints{file}.cs", writer.Line("}"));
        }

        if (options.Case == ServiceCase.Realistic)
        {
            foreach (var file in PlainFiles(kindFiles))
            {
                yield return file;
            }

            yield break;
        }

        var remaining = Math.Max(0, options.StringLiterals - Literals);
        var textFiles = Split(remaining, kindFiles).ToList();
        for (var file = 0; file < textFiles.Count; file++)
        {
            yield return Counted($"Texts/Texts{file}.cs", TextsFile(file, textFiles[file]));
        }
    }

    private (string Path, string Text) Counted(string path, SourceWriter writer)
    {
        Literals += writer.Literals;
        Lines += writer.Lines;
        return (path, writer.ToString());
    }

    private static void WriteUsings(SourceWriter writer, string extra) =>
        writer.Line("using Microsoft.AspNetCore.Authorization;").Line("using Microsoft.Extensions.Logging;")
            .Line($"using {extra};").Line("using OpenCx.Scopes;").Line().Line("namespace Synthetic.Service;").Line();

    private void WriteController(SourceWriter w, int n)
    {
        var resource = Resources.All[n % Resources.All.Length];
        var name = $"{resource.Class}{n}Controller";
        var classScoped = n % 2 == 0;
        w.Line("[ApiController]").Line($"[Route({w.Literal($"api/{resource.Id}/c{n}")})]");
        if (classScoped)
        {
            w.Line($"[RequiresScope(OpenCxScopes.{resource.Class}.Read)]");
        }

        w.Line($"public sealed class {name}(ILogger<{name}> logger) : ControllerBase").Line("{");
        for (var a = 0; a < options.ActionsPerController; a++)
        {
            var verb = resource.ReadOnly ? "HttpGet" : ControllerVerbs[(n + a) % ControllerVerbs.Length];
            w.Line($"    [{verb}({w.Literal($"a{a}/{{id}}")})]");
            var scope = ActionScope(w, resource, verb == "HttpGet", classScoped, n * 31 + a);
            if (scope is not null)
            {
                w.Line($"    {scope}");
            }

            w.Line($"    public IActionResult Action{a}(string id)").Line("    {")
                .Line($"        logger.LogInformation({w.Literal($"Action {a} of {name} for {{Id}}")}, id);")
                .Line($"        return Ok(new {{ id, name = {w.Literal($"item-{n}-{a}")} }});").Line("    }").Line();
        }

        w.Line("}").Line();
    }

    // Mostly generated constants; one in seven a literal (as teams migrate); one in fifty anonymous.
    private static string? ActionScope(SourceWriter w, (string Id, string Class, bool ReadOnly) resource, bool isRead, bool classScoped, int seed)
    {
        if (seed % 50 == 0)
        {
            return "[AllowAnonymous]";
        }

        if (isRead && classScoped)
        {
            return null;
        }

        var action = isRead ? "read" : "write";
        return seed % 7 == 0
            ? $"[RequiresScope({w.Literal($"{resource.Id}:{action}")})]"
            : $"[RequiresScope(OpenCxScopes.{resource.Class}.{(isRead ? "Read" : "Write")})]";
    }

    private static void WriteGroup(SourceWriter w, int g, int endpoints)
    {
        var resource = Resources.All[g % Resources.All.Length];
        w.Line($"    public static void MapGroup{g}(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder app)").Line("    {")
            .Line($"        var group = app.MapGroup({w.Literal($"/{resource.Id}/g{g}")}).RequireScope(OpenCxScopes.{resource.Class}.Read);");
        for (var e = 0; e < endpoints; e++)
        {
            var verb = resource.ReadOnly ? "MapGet" : MapVerbs[(g + e) % MapVerbs.Length];
            var call = $"        group.{verb}({w.Literal($"/e{e}/{{id}}")}, (string id) => Results.Ok(new {{ id, message = {w.Literal($"endpoint {e} of group {g}")} }}))";
            w.Line(verb == "MapGet" ? call + ";" : call + $".RequireScope(OpenCxScopes.{resource.Class}.Write);");
        }

        w.Line("    }").Line();
    }

    // Ordinary strings a service is full of: messages, headers, config keys, ids, hashes, placeholders.
    private static SourceWriter TextsFile(int file, int literals)
    {
        var w = new SourceWriter();
        w.Line("namespace Synthetic.Service;").Line().Line($"internal static class Texts{file}").Line("{");
        for (var i = 0; i < literals; i++)
        {
            var value = (i % 6) switch
            {
                0 => $"Could not load record {i} of file {file}; retrying",
                1 => $"X-OpenCx-Header-{i}",
                2 => $"OpenCx:Settings:Section{file}:Key{i}",
                3 => new Guid(file, (short)(i & 0x7fff), (short)(i >> 15), 1, 2, 3, 4, 5, 6, 7, 8).ToString(),
                4 => $"{i:x8}{file:x8}e3b0c44298fc1c149afbf4c8996fb924",
                _ => $"<placeholder-{i}>",
            };
            var name = (i % 6) == 5 ? $"ApiKeyPlaceholder{i}" : $"Text{i}";
            w.Line($"    internal const string {name} = {w.Literal(value)};");
        }

        return w.Line("}");
    }

    // Realistic case: the rest of a service (services, mapping, validation) as ordinary methods with loops,
    // lambdas and calls, carrying just enough string literals that the whole service has one in twenty lines.
    private IEnumerable<(string Path, string Text)> PlainFiles(int fileCount)
    {
        const int MethodLines = 12;
        const int MethodsPerClass = 20;
        var methods = options.PlainMethodsPerEndpoint * (options.Controllers * options.ActionsPerController + options.MinimalEndpoints);
        var literalsLeft = Math.Max(0, (Lines + methods * MethodLines) / 20 - Literals);
        var classes = Split(methods, (methods + MethodsPerClass - 1) / MethodsPerClass).ToList();
        var method = 0;
        var type = 0;
        var file = 0;
        foreach (var classesInFile in Split(classes.Count, Math.Min(fileCount, classes.Count)))
        {
            var w = new SourceWriter();
            WriteUsings(w, "System.Text");
            for (var c = 0; c < classesInFile; c++, type++)
            {
                w.Line($"public sealed class Service{type}(ILogger<Service{type}> logger)").Line("{")
                    .Line("    private readonly List<int> totals = new();").Line();
                for (var m = 0; m < classes[type]; m++, method++)
                {
                    var literal = (long)(method + 1) * literalsLeft / methods > (long)method * literalsLeft / methods;
                    w.Line($"    public int Step{m}(IReadOnlyList<int> values, int offset)").Line("    {")
                        .Line("        var total = offset;")
                        .Line($"        foreach (var value in values.Where(v => v > {method % 13}))").Line("        {")
                        .Line($"            total += Math.Max(value, offset) % {method % 7 + 1};").Line("        }").Line()
                        .Line(literal ? $"        logger.LogDebug({w.Literal($"Step {m} of service {type} gave {{Total}}")}, total);" : "        totals.Add(total);")
                        .Line($"        return totals.Count > {method % 100} ? totals.Sum() : total;").Line("    }").Line();
                }

                w.Line("}").Line();
            }

            yield return Counted($"Services/Services{file++}.cs", w);
        }
    }

    private static string ProgramFile(int groups)
    {
        var w = new SourceWriter();
        w.Line("using Synthetic.Service;").Line()
            .Line("var builder = WebApplication.CreateBuilder(args);").Line("builder.Services.AddControllers();")
            .Line("var app = builder.Build();").Line("app.MapControllers();");
        for (var g = 0; g < groups; g++)
        {
            w.Line($"app.MapGroup{g}();");
        }

        return w.Line("app.Run();").ToString();
    }

    private static string Shim()
    {
        var w = new SourceWriter();
        w.Line("// Stands in for the generated code when the project builds without OpenCx.Scopes (the baseline).")
            .Line("namespace OpenCx.Scopes;").Line()
            .Line("[System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method, AllowMultiple = true, Inherited = true)]")
            .Line("internal sealed class RequiresScopeAttribute(string scope) : System.Attribute { public string Scope { get; } = scope; }")
            .Line("internal sealed class RequiresFullAccessAttribute : System.Attribute { }")
            .Line("internal static class OpenCxScopesEndpointConventionBuilderExtensions").Line("{")
            .Line("    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : Microsoft.AspNetCore.Builder.IEndpointConventionBuilder")
            .Line("    { builder.Add(b => b.Metadata.Add(new RequiresScopeAttribute(scope))); return builder; }").Line("}")
            .Line("internal static class OpenCxScopes").Line("{");
        foreach (var (id, name, readOnly) in Resources.All)
        {
            w.Line($"    public static class {name}").Line("    {").Line($"        public const string Read = \"{id}:read\";");
            if (!readOnly)
            {
                w.Line($"        public const string Write = \"{id}:write\";");
            }

            w.Line("    }");
        }

        return w.Line("}").ToString();
    }

    private const string ProjectFile = """
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <WithOpenCxScopes Condition="'$(WithOpenCxScopes)' == ''">false</WithOpenCxScopes>
            <OpenCxScopesVersion Condition="'$(OpenCxScopesVersion)' == ''">1.0.0</OpenCxScopesVersion>
          </PropertyGroup>
          <ItemGroup Condition="'$(WithOpenCxScopes)' == 'true'">
            <PackageReference Include="OpenCx.Scopes" Version="$(OpenCxScopesVersion)" PrivateAssets="all" />
            <Compile Remove="Baseline/**" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>Spreads a total over a number of buckets as evenly as possible.</summary>
    private static IEnumerable<int> Split(int total, int buckets) =>
        Enumerable.Range(0, buckets).Select(i => total / buckets + (i < total % buckets ? 1 : 0));
}
