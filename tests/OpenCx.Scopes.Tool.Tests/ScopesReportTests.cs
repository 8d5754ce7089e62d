using System.Linq;
using System.Text.Json.Nodes;
using OpenCx.Scopes.Tool.Tests.Infrastructure;

namespace OpenCx.Scopes.Tool.Tests;

/// <summary>opencx scopes report on the document the OpenAPI tests' app serves.</summary>
public sealed class ScopesReportTests(DocumentFixture document) : IClassFixture<DocumentFixture>
{
    [Fact]
    public void The_Markdown_table_lists_every_operation_sorted_by_path()
    {
        var result = Opencx.Run("scopes", "report", "--openapi", document.File);

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutLines;
        Assert.Equal("| Method | Path | Scopes |", lines[0]);
        Assert.Equal(2 + document.OperationCount, lines.Length);
        Assert.Contains("| GET | `/contacts` | `contacts:read` |", lines);
        Assert.Contains("| POST | `/contacts` | `contacts:write` |", lines);
        Assert.Contains("| GET | `/reports` | `insights:read`, `contacts:read`, `tags:read` |", lines);
        Assert.Contains("| DELETE | `/organization` | full access |", lines);
        Assert.Contains("| GET | `/health` | none |", lines);
        var paths = lines.Skip(2).Select(line => line.Split('`')[1]).ToList();
        Assert.Equal(paths.Order(System.StringComparer.OrdinalIgnoreCase), paths);
        Assert.True(lines.ToList().IndexOf("| GET | `/contacts` | `contacts:read` |") < lines.ToList().IndexOf("| POST | `/contacts` | `contacts:write` |"));
    }

    [Fact]
    public void CSV_has_a_header_and_one_row_per_operation()
    {
        var result = Opencx.Run("scopes", "report", "--openapi", document.Url, "--format", "csv");

        Assert.Equal("method,path,access,scopes", result.OutLines[0]);
        Assert.Contains("PUT,/mvc/teams/{id},scoped,teams:read teams:write", result.OutLines);
        Assert.Contains("GET,/mvc/organization,full-access,", result.OutLines);
        Assert.Contains("GET,/unlisted,none,", result.OutLines);
        Assert.Equal(1 + document.OperationCount, result.OutLines.Length);
    }

    [Fact]
    public void JSON_is_an_array_of_operations()
    {
        var result = Opencx.Run("scopes", "report", "--openapi", document.File, "--format", "json");

        var rows = JsonNode.Parse(result.Out)!.AsArray();
        Assert.Equal(document.OperationCount, rows.Count);
        var teams = rows.Single(row => (string?)row!["path"] == "/mvc/teams/{id}")!;
        Assert.Equal("PUT", (string?)teams["method"]);
        Assert.Equal("scoped", (string?)teams["access"]);
        Assert.Equal(["teams:read", "teams:write"], teams["scopes"]!.AsArray().Select(s => (string)s!).Order());
    }

    [Theory]
    [InlineData("--format is md, csv or json, not 'html'.", "scopes", "report", "--openapi", "x.json", "--format", "html")]
    [InlineData("Name the OpenAPI document with --openapi.", "scopes", "report")]
    [InlineData("Unexpected argument 'GET /contacts'.", "scopes", "report", "--openapi", "x.json", "GET /contacts")]
    public void Bad_usage_is_exit_code_2(string message, params string[] args)
    {
        Opencx.Run(args).ShouldFailWith(2, message);
    }
}
