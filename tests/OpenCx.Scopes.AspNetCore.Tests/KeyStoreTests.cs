using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>Keys from code, and a store of the app's own in place of the configured one.</summary>
public sealed class KeyStoreTests
{
    [Fact]
    public async Task Options_callback_adds_keys_beside_the_configured_ones()
    {
        var keys = new KeyConfiguration();
        var configured = keys.Scoped("Configured", "contacts:read");
        var fromCode = TestKey.Create("From code");
        await using var service = await TestApp.StartAsync(keys, services: services => services.AddOpenCxApiKeys(options =>
            options.Keys.Add(new OpenCxApiKeyEntry { Name = fromCode.Name, Sha256 = fromCode.Sha256, Scopes = ["contacts:write"] })));

        (await service.SendAsync(HttpMethod.Get, "/contacts", configured.Header)).ShouldBe(HttpStatusCode.OK);
        (await service.SendAsync(HttpMethod.Post, "/contacts", fromCode.Header)).ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_registered_store_replaces_the_configured_keys()
    {
        var keys = new KeyConfiguration();
        var configured = keys.FullAccess("Configured");
        var stored = TestKey.Create("Stored");
        var store = new CountingStore(new InMemoryOpenCxApiKeyStore(
            [OpenCxApiKey.WithScopes(stored.Name, SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(stored.Secret)), ["tags:read"])]));
        await using var service = await TestApp.StartAsync(keys, services: services => services.AddSingleton<IOpenCxApiKeyStore>(store));

        (await service.SendAsync(HttpMethod.Get, "/tags", stored.Header)).ShouldBe(HttpStatusCode.OK);
        (await service.SendAsync(HttpMethod.Get, "/contacts", stored.Header))
            .ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"contacts:read\"");
        (await service.SendAsync(HttpMethod.Get, "/tags", configured.Header)).ShouldBe(HttpStatusCode.Unauthorized, "Bearer error=\"invalid_token\"");
        Assert.Equal(3, store.Lookups);
    }

    [Fact]
    public async Task In_memory_store_finds_a_key_by_its_hash_only()
    {
        var hash = RandomNumberGenerator.GetBytes(32);
        var other = RandomNumberGenerator.GetBytes(32);
        var store = new InMemoryOpenCxApiKeyStore([OpenCxApiKey.WithFullAccess("Admin", hash), OpenCxApiKey.WithScopes("Reader", other, [])]);

        Assert.Equal("Admin", (await store.FindAsync(hash.AsMemory(), CancellationToken.None))?.Name);
        Assert.Equal("Reader", (await store.FindAsync(other.AsMemory(), CancellationToken.None))?.Name);
        Assert.Null(await store.FindAsync(RandomNumberGenerator.GetBytes(32).AsMemory(), CancellationToken.None));
        Assert.Null(await store.FindAsync(hash.AsMemory(0, 31), CancellationToken.None));
    }

    [Fact]
    public async Task In_memory_store_tells_apart_hashes_that_share_their_first_eight_bytes()
    {
        var first = RandomNumberGenerator.GetBytes(32);
        var sharedPrefix = (byte[])first.Clone();
        sharedPrefix[31] ^= 1;
        var duplicate = (byte[])first.Clone();
        var store = new InMemoryOpenCxApiKeyStore(
            [OpenCxApiKey.WithFullAccess("First", first), OpenCxApiKey.WithScopes("Neighbour", sharedPrefix, []), OpenCxApiKey.WithScopes("Listed twice", duplicate, [])]);

        Assert.Equal("First", (await store.FindAsync(first.AsMemory(), CancellationToken.None))?.Name);
        Assert.Equal("Neighbour", (await store.FindAsync(sharedPrefix.AsMemory(), CancellationToken.None))?.Name);
        sharedPrefix[31] ^= 2;
        Assert.Null(await store.FindAsync(sharedPrefix.AsMemory(), CancellationToken.None));
    }

    [Fact]
    public void Key_hash_must_be_a_SHA256()
    {
        var error = Assert.Throws<ArgumentException>(() => OpenCxApiKey.WithFullAccess("Admin", new byte[16]));

        Assert.Contains("'Admin'", error.Message);
    }

    [Fact]
    public void Hex_hash_is_the_SHA256_of_the_UTF8_key_in_lower_case()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", OpenCxApiKeyHash.ComputeHex("abc"));
    }

    private sealed class CountingStore(IOpenCxApiKeyStore inner) : IOpenCxApiKeyStore
    {
        private int lookups;

        public int Lookups => lookups;

        public ValueTask<OpenCxApiKey?> FindAsync(ReadOnlyMemory<byte> keySha256, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref lookups);
            return inner.FindAsync(keySha256, cancellationToken);
        }
    }
}
