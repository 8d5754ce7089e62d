using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>Keys follow configuration reloads without a restart; a malformed reload keeps the last good set.</summary>
public sealed class KeyReloadTests
{
    private const string InvalidToken = "Bearer error=\"invalid_token\"";

    [Fact]
    public async Task Added_revoked_and_removed_keys_take_effect_from_the_next_request()
    {
        var first = new KeyConfiguration();
        var kept = first.Scoped("Kept", "contacts:read");
        var revoked = first.Scoped("Leaked", "contacts:read");
        var removed = first.Scoped("Retired", "contacts:read");
        var reloadable = new ReloadableKeys(first);
        await using var service = await TestApp.StartAsync(first, keySource: reloadable);
        (await service.SendAsync(HttpMethod.Get, "/contacts", revoked.Header)).ShouldBe(HttpStatusCode.OK);
        (await service.SendAsync(HttpMethod.Get, "/contacts", removed.Header)).ShouldBe(HttpStatusCode.OK);

        var second = new KeyConfiguration();
        second.Add(kept, ("Scopes", new[] { "contacts:read" }));
        second.Add(revoked, ("Scopes", new[] { "contacts:read" }), ("Revoked", true));
        var added = second.Scoped("Rotated in", "contacts:read", "contacts:write");
        reloadable.Publish(second);

        (await service.SendAsync(HttpMethod.Get, "/contacts", kept.Header)).ShouldBe(HttpStatusCode.OK);
        (await service.SendAsync(HttpMethod.Post, "/contacts", added.Header)).ShouldBe(HttpStatusCode.Created);
        (await service.SendAsync(HttpMethod.Get, "/contacts", revoked.Header)).ShouldBe(HttpStatusCode.Unauthorized, InvalidToken);
        (await service.SendAsync(HttpMethod.Get, "/contacts", removed.Header)).ShouldBe(HttpStatusCode.Unauthorized, InvalidToken);
        Assert.Contains(service.Logs.Lines, line => line.Contains("OpenCX API keys reloaded from configuration: 3 keys in force."));
    }

    [Fact]
    public async Task Changed_scopes_apply_from_the_next_request()
    {
        var first = new KeyConfiguration();
        var key = first.Scoped("Integration", "contacts:read");
        var reloadable = new ReloadableKeys(first);
        await using var service = await TestApp.StartAsync(first, keySource: reloadable);

        var second = new KeyConfiguration();
        second.Add(key, ("Scopes", new[] { "tags:read" }));
        reloadable.Publish(second);

        (await service.SendAsync(HttpMethod.Get, "/contacts", key.Header))
            .ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"contacts:read\"");
        (await service.SendAsync(HttpMethod.Get, "/tags", key.Header)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Malformed_reload_keeps_the_last_good_set_and_logs_the_entry_without_its_hash()
    {
        var first = new KeyConfiguration();
        var kept = first.Scoped("Kept", "contacts:read");
        var reloadable = new ReloadableKeys(first);
        await using var service = await TestApp.StartAsync(first, keySource: reloadable);
        (await service.SendAsync(HttpMethod.Get, "/contacts", kept.Header)).ShouldBe(HttpStatusCode.OK);

        var broken = new KeyConfiguration();
        var wouldBeAdded = broken.Scoped("New", "contacts:read");
        var badHash = TestKey.Create("Broken").Secret; // a key pasted where its hash belongs
        broken.AddRaw(new() { ["Name"] = "Broken", ["Sha256"] = badHash, ["Scopes"] = new[] { "contacts:read" } });
        reloadable.Publish(broken);

        (await service.SendAsync(HttpMethod.Get, "/contacts", kept.Header)).ShouldBe(HttpStatusCode.OK);
        (await service.SendAsync(HttpMethod.Get, "/contacts", wouldBeAdded.Header)).ShouldBe(HttpStatusCode.Unauthorized, InvalidToken);
        var error = Assert.Single(service.Logs.Lines, line => line.StartsWith("Error"));
        Assert.True(error.Contains("OpenCX API keys were not reloaded; the last good set of 1 keys stays in force.", System.StringComparison.Ordinal), error);
        Assert.Contains("OpenCX API key 'Broken' (OpenCx:ApiKeys:1): Sha256 must be 64 hexadecimal digits", error);
        Assert.DoesNotContain(badHash[9..], string.Join("\n", service.Logs.Lines));
        Assert.DoesNotContain(wouldBeAdded.Sha256, string.Join("\n", service.Logs.Lines));

        var fixedSet = new KeyConfiguration();
        fixedSet.Add(wouldBeAdded, ("Scopes", new[] { "contacts:read" }));
        reloadable.Publish(fixedSet);

        (await service.SendAsync(HttpMethod.Get, "/contacts", wouldBeAdded.Header)).ShouldBe(HttpStatusCode.OK);
        (await service.SendAsync(HttpMethod.Get, "/contacts", kept.Header)).ShouldBe(HttpStatusCode.Unauthorized, InvalidToken);
    }

    [Fact]
    public async Task Malformed_set_before_the_first_request_leaves_the_set_validated_at_start_in_force()
    {
        var first = new KeyConfiguration();
        var kept = first.Scoped("Kept", "contacts:read");
        var reloadable = new ReloadableKeys(first);
        await using var service = await TestApp.StartAsync(first, keySource: reloadable);

        var broken = new KeyConfiguration();
        broken.Add("Broken", ("Scopes", new[] { "contacts" }));
        reloadable.Publish(broken);

        (await service.SendAsync(HttpMethod.Get, "/contacts", kept.Header)).ShouldBe(HttpStatusCode.OK);
        var error = Assert.Single(service.Logs.Lines, line => line.StartsWith("Error"));
        Assert.Contains("the last good set of 1 keys stays in force. OpenCX API key 'Broken' (OpenCx:ApiKeys:0): scope 'contacts'", error);
    }

    [Fact]
    public async Task Keys_added_in_code_stay_across_reloads()
    {
        var first = new KeyConfiguration();
        var fromCode = TestKey.Create("From code");
        var reloadable = new ReloadableKeys(first);
        await using var service = await TestApp.StartAsync(first, keySource: reloadable, services: services => services.AddOpenCxApiKeys(options =>
            options.Keys.Add(new OpenCxApiKeyEntry { Name = fromCode.Name, Sha256 = fromCode.Sha256, Scopes = ["contacts:read"] })));

        var second = new KeyConfiguration();
        var configured = second.Scoped("Configured", "contacts:read");
        reloadable.Publish(second);

        (await service.SendAsync(HttpMethod.Get, "/contacts", fromCode.Header)).ShouldBe(HttpStatusCode.OK);
        (await service.SendAsync(HttpMethod.Get, "/contacts", configured.Header)).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(2, service.Logs.Lines.Count(line => line.Contains("authenticated (full access: False)")));
    }

    [Fact]
    public async Task Keys_from_code_follow_a_registered_options_change_token_source()
    {
        var first = TestKey.Create("First");
        var second = TestKey.Create("Second");
        var current = first;
        var trigger = new ChangeTrigger();
        await using var service = await TestApp.StartAsync(new KeyConfiguration(), services: services =>
        {
            services.AddSingleton<IOptionsChangeTokenSource<OpenCxApiKeysOptions>>(trigger);
            services.AddOpenCxApiKeys(options => options.Keys.Add(new OpenCxApiKeyEntry { Name = current.Name, Sha256 = current.Sha256, Scopes = ["contacts:read"] }));
        });
        (await service.SendAsync(HttpMethod.Get, "/contacts", first.Header)).ShouldBe(HttpStatusCode.OK);

        current = second;
        (await service.SendAsync(HttpMethod.Get, "/contacts", second.Header)).ShouldBe(HttpStatusCode.Unauthorized, InvalidToken);
        trigger.Fire();

        (await service.SendAsync(HttpMethod.Get, "/contacts", second.Header)).ShouldBe(HttpStatusCode.OK);
        (await service.SendAsync(HttpMethod.Get, "/contacts", first.Header)).ShouldBe(HttpStatusCode.Unauthorized, InvalidToken);
    }

    private sealed class ChangeTrigger : IOptionsChangeTokenSource<OpenCxApiKeysOptions>
    {
        private CancellationTokenSource changed = new();

        public string Name => Options.DefaultName;

        public IChangeToken GetChangeToken() => new CancellationChangeToken(changed.Token);

        public void Fire() => Interlocked.Exchange(ref changed, new CancellationTokenSource()).Cancel();
    }
}
