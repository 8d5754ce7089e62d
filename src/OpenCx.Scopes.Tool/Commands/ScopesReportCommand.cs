using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenCx.Scopes.Tool.Cli;
using OpenCx.Scopes.Tool.OpenApi;

namespace OpenCx.Scopes.Tool.Commands;

/// <summary><c>opencx scopes report</c>: every operation of a document with what a key needs to call it.</summary>
internal sealed class ScopesReportCommand : ICommand
{
    private static readonly string[] MethodOrder = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"];

    public string Name => "scopes report";

    public string Summary => "Every operation of an OpenAPI document with its scopes, as a table.";

    public string[] ValueOptions => ["--openapi", "--format"];

    public string[] FlagOptions => [];

    public string Help => """
        Usage: opencx scopes report --openapi <file|url> [--format md|csv|json]

        Lists every operation of the document, sorted by path, with the scopes a key needs to call it:
        "full access" for full-access-only operations, "none" for those that need no OpenCX key.

        Options:
          --openapi <file|url>   The service's OpenAPI document.
          --format md|csv|json   A Markdown table (default), CSV, or a JSON array.

        Examples:
          opencx scopes report --openapi http://127.0.0.1:5000/openapi/v1.json
          opencx scopes report --openapi openapi.json --format csv > scopes.csv

        """;

    public int Run(Arguments arguments, ToolConsole console)
    {
        if (arguments.Operands.Count > 0)
        {
            throw ToolException.Usage($"Unexpected argument '{arguments.Operands[0]}'.", Name);
        }

        var source = arguments.Single("--openapi") ?? throw ToolException.Usage("Name the OpenAPI document with --openapi.", Name);
        var format = arguments.OneOf("--format", "md", "md", "csv", "json");
        var operations = OpenApiDocumentReader.Read(source, console)
            .OrderBy(operation => operation.Path, StringComparer.OrdinalIgnoreCase)
            .ThenBy(operation => Array.IndexOf(MethodOrder, operation.Method))
            .ToList();
        console.Out.Write(format switch
        {
            "csv" => Csv(operations),
            "json" => Json(operations),
            _ => Markdown(operations),
        });
        return ExitCodes.Ok;
    }

    private static string Markdown(IEnumerable<ApiOperation> operations) =>
        "| Method | Path | Scopes |\n|---|---|---|\n"
        + string.Concat(operations.Select(o => $"| {o.Method} | `{o.Path}` | {Describe(o, scope => $"`{scope}`", ", ")} |\n"));

    private static string Csv(IEnumerable<ApiOperation> operations) =>
        "method,path,access,scopes\n"
        + string.Concat(operations.Select(o => $"{o.Method},{CsvField(o.Path)},{AccessName(o.Access)},{string.Join(' ', o.Scopes)}\n"));

    private static string Json(IEnumerable<ApiOperation> operations)
    {
        var rows = new JsonArray(operations.Select(o => (JsonNode?)new JsonObject
        {
            ["method"] = o.Method,
            ["path"] = o.Path,
            ["access"] = AccessName(o.Access),
            ["scopes"] = new JsonArray(o.Scopes.Select(scope => (JsonNode?)scope).ToArray()),
        }).ToArray());
        return rows.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static string Describe(ApiOperation operation, Func<string, string> quote, string separator) => operation.Access switch
    {
        Access.FullAccess => "full access",
        Access.Anonymous => "none",
        _ => string.Join(separator, operation.Scopes.Select(quote)),
    };

    private static string AccessName(Access access) => access switch
    {
        Access.FullAccess => "full-access",
        Access.Anonymous => "none",
        _ => "scoped",
    };

    private static string CsvField(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
