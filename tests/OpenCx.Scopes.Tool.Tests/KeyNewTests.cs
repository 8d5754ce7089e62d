using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenCx.Scopes.Tool.Tests.Infrastructure;

namespace OpenCx.Scopes.Tool.Tests;

public sealed class KeyNewTests
{
    [Fact]
    public void A_scoped_key_is_printed_once_then_its_JSON_entry_with_its_hash_and_scopes()
    {
        var result = Opencx.Run("key", "new", "--name", "crm-sync", "--scope", "contacts:read", "--scope", "tags:write", "--scope", "contacts:read");

        Assert.Equal(0, result.ExitCode);
        var key = result.OutLines[0];
        Assert.Matches(new Regex("^ocx_live_[0-9A-Za-z]{40}$"), key);
        Assert.Single(Regex.Matches(result.Out, Regex.Escape(key)));
        var entry = JsonNode.Parse(string.Join("\n", result.OutLines.Skip(1)))!.AsObject();
        Assert.Equal("crm-sync", (string?)entry["Name"]);
        Assert.Equal(Sha256(key), (string?)entry["Sha256"]);
        Assert.Equal(["contacts:read", "tags:write"], entry["Scopes"]!.AsArray().Select(s => (string)s!));
        Assert.Null(entry["FullAccess"]);
    }

    [Fact]
    public void A_test_key_has_the_test_prefix_and_no_two_keys_are_alike()
    {
        var first = Opencx.Run("key", "new", "--name", "ci", "--scope", "tags:read", "--test").OutLines[0];
        var second = Opencx.Run("key", "new", "--name", "ci", "--scope", "tags:read", "--test").OutLines[0];

        Assert.Matches(new Regex("^ocx_test_[0-9A-Za-z]{40}$"), first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void A_full_access_key_as_environment_variables_at_the_index_given()
    {
        var result = Opencx.Run("key", "new", "--name", "Admin", "--full-access", "--format", "env", "--index", "3");

        Assert.Equal(0, result.ExitCode);
        var key = result.OutLines[0];
        Assert.Equal(
            ["OpenCx__ApiKeys__3__Name=Admin", $"OpenCx__ApiKeys__3__Sha256={Sha256(key)}", "OpenCx__ApiKeys__3__FullAccess=true"],
            result.OutLines.Skip(1));
    }

    [Fact]
    public void Scopes_as_environment_variables_are_numbered()
    {
        var result = Opencx.Run("key", "new", "--name", "crm", "--scope", "contacts:read", "--scope", "tags:read", "--format=env");

        Assert.Equal(["OpenCx__ApiKeys__0__Scopes__0=contacts:read", "OpenCx__ApiKeys__0__Scopes__1=tags:read"], result.OutLines.Skip(3));
    }

    [Theory]
    [InlineData("contact:read", "there is no resource 'contact'; did you mean 'contacts:read'?")]
    [InlineData("handoff-analytics:write", "Handoff analytics only supports read; use 'handoff-analytics:read'")]
    [InlineData("Contacts:Read", "scopes are lower case; use 'contacts:read'")]
    [InlineData("contacts", "a scope is 'resource:action'; did you mean 'contacts:read' or 'contacts:write'?")]
    [InlineData("contacts:delete", "'delete' is not an action, the actions are read and write; delete needs 'contacts:write'")]
    public void A_scope_not_in_the_catalog_is_an_OCX0002_error_and_no_key_is_made(string scope, string explanation)
    {
        var result = Opencx.Run("key", "new", "--name", "crm", "--scope", "tags:read", "--scope", scope);

        result.ShouldFailWith(2, $"error OCX0002: '{scope}' is not in the scope catalog: {explanation}");
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void The_catalog_given_replaces_the_official_one()
    {
        using var folder = new TempFolder();
        var catalog = folder.Write("billing.json", """{ "resources": [ { "id": "billing", "name": "Billing", "actions": ["read"] } ] }""");

        var billing = Opencx.Run("key", "new", "--name", "b", "--scope", "billing:read", "--catalog", catalog);
        var contacts = Opencx.Run("key", "new", "--name", "b", "--scope", "contacts:read", "--catalog", catalog);

        Assert.Equal(0, billing.ExitCode);
        contacts.ShouldFailWith(2, "there is no resource 'contacts'");
    }

    [Fact]
    public void The_scopes_json_of_the_current_directory_is_used_when_no_catalog_is_given()
    {
        using var folder = new TempFolder();
        folder.Write("scopes.json", """{ "resources": [ { "id": "billing", "name": "Billing", "actions": ["read", "write"] } ] }""");

        var billing = Opencx.RunIn(folder.Path, "", "key", "new", "--name", "b", "--scope", "billing:write");
        var contacts = Opencx.RunIn(folder.Path, "", "key", "new", "--name", "b", "--scope", "contacts:read");

        Assert.Equal(0, billing.ExitCode);
        contacts.ShouldFailWith(2, "there is no resource 'contacts'");
    }

    [Fact]
    public void A_missing_catalog_is_bad_input()
    {
        var result = Opencx.Run("key", "new", "--name", "b", "--scope", "contacts:read", "--catalog", "/no/such/scopes.json");

        result.ShouldFailWith(2, "The catalog '/no/such/scopes.json' does not exist.");
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_broken_catalog_is_reported_as_the_build_reports_it_and_no_key_is_made()
    {
        using var folder = new TempFolder();
        var catalog = folder.Write("scopes.json", "{ \"resources\": [ { \"id\": \"Bad Id\", \"name\": \"Bad\", \"actions\": [\"read\"] } ] }");
        var unreadable = folder.Write("unreadable.json", "{ \"resources\": [ ");

        var badId = Opencx.Run("key", "new", "--name", "b", "--scope", "contacts:read", "--catalog", catalog);
        var broken = Opencx.Run("key", "new", "--name", "b", "--scope", "contacts:read", "--catalog", unreadable);

        badId.ShouldFailWith(2, "scopes.json(1,26): error OCX0103: Resource id 'Bad Id' is not valid");
        broken.ShouldFailWith(2, "error OCX0100: The scope catalog can't be read");
        Assert.Equal(string.Empty, badId.Out + broken.Out);
    }

    [Theory]
    [InlineData("no name", "key", "new", "--scope", "contacts:read")]
    [InlineData("Give --scope at least once, or --full-access.", "key", "new", "--name", "x")]
    [InlineData("not both", "key", "new", "--name", "x", "--full-access", "--scope", "contacts:read")]
    [InlineData("Unknown option '--scopes'.", "key", "new", "--name", "x", "--scopes", "contacts:read")]
    [InlineData("--format is json or env, not 'yaml'.", "key", "new", "--name", "x", "--full-access", "--format", "yaml")]
    [InlineData("--scope needs a value.", "key", "new", "--name", "x", "--scope")]
    [InlineData("--name is given 2 times", "key", "new", "--name", "x", "--name", "y", "--full-access")]
    [InlineData("Unexpected argument 'contacts:read'.", "key", "new", "--name", "x", "contacts:read")]
    [InlineData("--index is a number, not 'one'.", "key", "new", "--name", "x", "--full-access", "--index", "one")]
    public void Bad_usage_is_exit_code_2_with_the_reason_and_no_key(string message, params string[] args)
    {
        var result = Opencx.Run(args);

        result.ShouldFailWith(2, message == "no name" ? "Give the key a name with --name." : message);
        Assert.Equal(string.Empty, result.Out);
    }

    internal static string Sha256(string key) => System.Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();
}

internal sealed class TempFolder : System.IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("opencx-tool-").FullName;

    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
