using OpenCx.Scopes.Tool.Tests.Infrastructure;

namespace OpenCx.Scopes.Tool.Tests;

/// <summary>Every way the --openapi document can be wrong, for both commands that read one.</summary>
public sealed class BadDocumentTests
{
    public static TheoryData<string> Commands => new() { "needed", "report" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_missing_file(string command) =>
        Run(command, "/no/such/openapi.json").ShouldFailWith(2, "The OpenAPI document '/no/such/openapi.json' does not exist.");

    [Theory]
    [MemberData(nameof(Commands))]
    public void Invalid_JSON(string command)
    {
        using var folder = new TempFolder();
        Run(command, folder.Write("openapi.json", "{ \"paths\": ")).ShouldFailWith(2, "is not a JSON OpenAPI document");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void JSON_that_is_no_OpenAPI_document(string command)
    {
        using var folder = new TempFolder();
        Run(command, folder.Write("openapi.json", "[1, 2]")).ShouldFailWith(2, "it has no \"paths\" object");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void An_unreachable_URL(string command) =>
        Run(command, "http://127.0.0.1:9/openapi/v1.json").ShouldFailWith(2, "The OpenAPI document at http://127.0.0.1:9/openapi/v1.json can't be fetched");

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_directory(string command)
    {
        using var folder = new TempFolder();
        Run(command, folder.Path).ShouldFailWith(2, "can't be read");
    }

    private static ToolResult Run(string command, string document) =>
        command == "needed"
            ? Opencx.Run("scopes", "needed", "--openapi", document, "GET /contacts")
            : Opencx.Run("scopes", "report", "--openapi", document);
}
