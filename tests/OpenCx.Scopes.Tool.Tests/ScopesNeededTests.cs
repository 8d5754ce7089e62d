using System.Linq;
using OpenCx.Scopes.Tool.Tests.Infrastructure;

namespace OpenCx.Scopes.Tool.Tests;

/// <summary>opencx scopes needed on the document the OpenAPI tests' app serves.</summary>
public sealed class ScopesNeededTests(DocumentFixture document) : IClassFixture<DocumentFixture>
{
    [Fact]
    public void The_least_set_for_concrete_paths_is_the_union_of_their_scopes_one_per_line()
    {
        var result = Opencx.Run("scopes", "needed", "--openapi", document.File, "GET /contacts/6f9619ff-8b86-d011-b42d-00cf4fc964ff", "post /teams", "PUT /mvc/teams/42");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("contacts:read\nteams:read\nteams:write\n", result.Out);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void The_document_is_read_from_a_URL_as_from_a_file()
    {
        var result = Opencx.Run("scopes", "needed", "--openapi", document.Url, "GET /reports");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("contacts:read\ninsights:read\ntags:read\n", result.Out);
    }

    [Fact]
    public void As_args_prints_the_scopes_as_key_new_options()
    {
        var result = Opencx.Run("scopes", "needed", "--openapi", document.File, "--as-args", "GET /contacts", "GET /tags");

        Assert.Equal("--scope contacts:read --scope tags:read\n", result.Out);
    }

    [Fact]
    public void Its_as_args_output_makes_a_key_with_exactly_those_scopes()
    {
        var needed = Opencx.Run("scopes", "needed", "--openapi", document.File, "--as-args", "GET /mvc/sequences", "POST /contacts");

        var key = Opencx.Run(["key", "new", "--name", "crm-sync", .. needed.Out.Split(' ', System.StringSplitOptions.TrimEntries), "--format", "env"]);

        Assert.Equal(0, key.ExitCode);
        Assert.Equal(["OpenCx__ApiKeys__0__Scopes__0=contacts:write", "OpenCx__ApiKeys__0__Scopes__1=sequences:read"], key.OutLines.Skip(3));
    }

    [Fact]
    public void Anonymous_operations_need_no_scope()
    {
        var result = Opencx.Run("scopes", "needed", "--openapi", document.File, "GET /health", "GET /mvc/organization/status");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void An_operation_that_needs_full_access_is_named_and_is_a_finding()
    {
        var result = Opencx.Run("scopes", "needed", "--openapi", document.File, "GET /contacts", "PUT /widget/7/settings");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("contacts:read\n", result.Out);
        Assert.Contains("PUT /widget/{id}/settings needs a full-access key", result.Error);
    }

    [Fact]
    public void All_gives_the_set_for_every_operation()
    {
        var result = Opencx.Run("scopes", "needed", "--openapi", document.File, "--all");

        Assert.Equal(1, result.ExitCode); // the document has full-access operations
        Assert.Equal(
            ["contacts:read", "contacts:write", "handoff-analytics:read", "insights:read", "sequences:read", "tags:read", "teams:read", "teams:write"],
            result.OutLines);
        Assert.Contains("DELETE /organization needs a full-access key", result.Error);
    }

    [Fact]
    public void An_operation_the_document_does_not_have_is_a_finding_and_nothing_is_printed()
    {
        var result = Opencx.Run("scopes", "needed", "--openapi", document.File, "GET /contacts", "GET /invoices", "DELETE /health");

        result.ShouldFailWith(1, "GET /invoices is not an operation of the document.");
        Assert.Contains("DELETE /health is not an operation of the document. It has GET /health.", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData("Name the OpenAPI document with --openapi.", "scopes", "needed", "GET /contacts")]
    [InlineData("Name the operations", "scopes", "needed", "--openapi", "openapi.json")]
    [InlineData("'/contacts' is not an operation: write it as \"<METHOD> <path>\"", "scopes", "needed", "--openapi", "openapi.json", "/contacts")]
    [InlineData("'GET contacts' is not an operation", "scopes", "needed", "--openapi", "openapi.json", "GET contacts")]
    [InlineData("Give operations or --all, not both.", "scopes", "needed", "--openapi", "openapi.json", "--all", "GET /contacts")]
    [InlineData("Unknown option '--format'.", "scopes", "needed", "--openapi", "openapi.json", "--format", "csv", "GET /contacts")]
    public void Bad_usage_is_exit_code_2(string message, params string[] args)
    {
        Opencx.Run(args).ShouldFailWith(2, message);
    }
}
