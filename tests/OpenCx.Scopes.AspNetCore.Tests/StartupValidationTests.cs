using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>A malformed key entry stops the app at start, naming the entry and never showing the hash.</summary>
public sealed class StartupValidationTests
{
    [Fact]
    public async Task Hash_of_the_wrong_length_stops_the_app_naming_the_entry_not_the_hash()
    {
        var keys = new KeyConfiguration();
        keys.Scoped("Fine", "contacts:read");
        var shortHash = TestKey.Create("Staging").Sha256[..63];
        keys.AddRaw(new Dictionary<string, object> { ["Name"] = "Staging", ["Sha256"] = shortHash, ["Scopes"] = new[] { "contacts:read" } });

        var message = await StartupFailure(keys);

        Assert.Contains("'Staging'", message);
        Assert.Contains("OpenCx:ApiKeys:1", message);
        Assert.Contains("Sha256 must be 64 hexadecimal digits", message);
        Assert.DoesNotContain(shortHash, message);
        Assert.DoesNotContain("'Fine'", message);
    }

    [Fact]
    public async Task Plaintext_key_pasted_as_the_hash_never_reaches_the_message()
    {
        var keys = new KeyConfiguration();
        var pasted = TestKey.Create("Pasted").Secret;
        keys.AddRaw(new Dictionary<string, object> { ["Name"] = "Pasted", ["Sha256"] = pasted, ["FullAccess"] = true });

        var message = await StartupFailure(keys);

        Assert.Contains("'Pasted'", message);
        Assert.DoesNotContain(pasted, message);
        Assert.DoesNotContain(pasted[9..], message);
    }

    [Theory]
    [InlineData("contacts")]
    [InlineData("Contacts:Read")]
    [InlineData("contacts:delete")]
    [InlineData("contacts:read ")]
    [InlineData("")]
    public async Task Scope_not_resource_action_stops_the_app(string scope)
    {
        var keys = new KeyConfiguration();
        var key = keys.Scoped("Integration", "tags:read", scope);

        var message = await StartupFailure(keys);

        Assert.Contains($"OpenCX API key 'Integration' (OpenCx:ApiKeys:0): scope '{scope}' is not resource:action", message);
        Assert.DoesNotContain(key.Sha256, message);
    }

    [Fact]
    public async Task Entry_without_a_name_or_hash_is_named_by_its_position()
    {
        var keys = new KeyConfiguration();
        keys.AddRaw(new Dictionary<string, object> { ["Scopes"] = new[] { "contacts:read" } });

        var message = await StartupFailure(keys);

        Assert.Contains("OpenCX API key at OpenCx:ApiKeys:0: Name is required.", message);
        Assert.Contains("OpenCX API key at OpenCx:ApiKeys:0: Sha256 is required", message);
    }

    [Fact]
    public async Task Scopes_given_as_a_string_instead_of_a_list_stops_the_app()
    {
        var keys = new KeyConfiguration();
        keys.Add("Single", ("Scopes", "contacts:read"));

        var message = await StartupFailure(keys);

        Assert.Contains("'Single'", message);
        Assert.Contains("Scopes must be a list", message);
    }

    [Fact]
    public async Task Full_access_with_scopes_is_contradictory()
    {
        var keys = new KeyConfiguration();
        keys.Add("Both", ("FullAccess", true), ("Scopes", new[] { "contacts:read" }));

        var message = await StartupFailure(keys);

        Assert.Contains("OpenCX API key 'Both' (OpenCx:ApiKeys:0): a key has either FullAccess or Scopes, not both.", message);
    }

    [Fact]
    public async Task Revoked_that_is_not_a_boolean_stops_the_app()
    {
        var keys = new KeyConfiguration();
        keys.Add("Maybe", ("Scopes", new[] { "contacts:read" }), ("Revoked", "soon"));

        var message = await StartupFailure(keys);

        Assert.Contains("OpenCX API key 'Maybe' (OpenCx:ApiKeys:0): Revoked must be true or false.", message);
    }

    [Fact]
    public async Task Same_hash_twice_stops_the_app_without_showing_it()
    {
        var keys = new KeyConfiguration();
        var first = keys.Scoped("First", "contacts:read");
        keys.AddRaw(new Dictionary<string, object> { ["Name"] = "Second", ["Sha256"] = first.Sha256.ToUpperInvariant(), ["FullAccess"] = true });

        var message = await StartupFailure(keys);

        Assert.Contains("OpenCX API keys 'First', 'Second' have the same Sha256", message);
        Assert.DoesNotContain(first.Sha256, message, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Well_formed_keys_start()
    {
        var keys = new KeyConfiguration();
        keys.Scoped("Production", "contacts:read", "handoff-analytics:read", "chat-sessions:write");
        keys.FullAccess("Admin");
        keys.Legacy("Legacy");
        keys.Revoked("Old", "tags:read");
        await using var app = TestApp.Build(keys);

        await app.StartAsync();
        await app.StopAsync();
    }

    private static async Task<string> StartupFailure(KeyConfiguration keys)
    {
        await using var app = TestApp.Build(keys);
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        return failure.Message;
    }
}
