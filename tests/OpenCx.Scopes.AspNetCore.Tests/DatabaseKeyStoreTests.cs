using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpenCx.Scopes.AspNetCore.Tests.Examples;
using OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>
/// docs/runtime.md's database-backed store, compiled and run: an asynchronous store whose keys change between
/// requests, in the same process.
/// </summary>
public sealed class DatabaseKeyStoreTests : IAsyncLifetime
{
    // A named in-memory database lives as long as one connection to it is open.
    private readonly string connectionString = $"Data Source=keys-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
    private SqliteConnection keepAlive = null!;

    public async Task InitializeAsync()
    {
        keepAlive = new SqliteConnection(connectionString);
        await keepAlive.OpenAsync();
        await Execute("""
            CREATE TABLE api_keys (sha256 BLOB PRIMARY KEY, name TEXT NOT NULL, scopes TEXT NOT NULL DEFAULT '',
                                   full_access INTEGER NOT NULL DEFAULT 0, revoked INTEGER NOT NULL DEFAULT 0)
            """);
    }

    public async Task DisposeAsync() => await keepAlive.DisposeAsync();

    [Fact]
    public async Task Keys_inserted_revoked_and_deleted_in_the_table_count_from_the_next_request()
    {
        var reader = TestKey.Create("Reader");
        var admin = TestKey.Create("Admin");
        await using var service = await TestApp.StartAsync(new KeyConfiguration(), services: services =>
            services.AddSingleton<IOpenCxApiKeyStore>(new SqliteApiKeyStore(connectionString)));
        (await service.SendAsync(HttpMethod.Get, "/contacts", reader.Header)).ShouldBe(HttpStatusCode.Unauthorized, "Bearer error=\"invalid_token\"");

        await Execute("INSERT INTO api_keys (sha256, name, scopes) VALUES ($sha256, 'Reader', 'contacts:read tags:read')", reader);
        await Execute("INSERT INTO api_keys (sha256, name, full_access) VALUES ($sha256, 'Admin', 1)", admin);
        (await service.SendAsync(HttpMethod.Get, "/tags", reader.Header)).ShouldBe(HttpStatusCode.OK);
        (await service.SendAsync(HttpMethod.Post, "/contacts", reader.Header))
            .ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"contacts:write\"");
        (await service.SendAsync(HttpMethod.Delete, "/organization", admin.Header)).ShouldBe(HttpStatusCode.NoContent);

        await Execute("UPDATE api_keys SET revoked = 1 WHERE sha256 = $sha256", reader);
        (await service.SendAsync(HttpMethod.Get, "/tags", reader.Header)).ShouldBe(HttpStatusCode.Unauthorized, "Bearer error=\"invalid_token\"");
        Assert.Contains(service.Logs.Lines, line => line.Contains("'Reader' was refused: it has been revoked"));

        await Execute("DELETE FROM api_keys WHERE sha256 = $sha256", admin);
        (await service.SendAsync(HttpMethod.Delete, "/organization", admin.Header)).ShouldBe(HttpStatusCode.Unauthorized, "Bearer error=\"invalid_token\"");
    }

    [Fact]
    public void The_store_in_the_docs_is_the_one_compiled_here()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryFolder(), "docs", "runtime.md")).ReplaceLineEndings("\n");
        var example = File.ReadAllText(Path.Combine(RepositoryFolder(), "tests", "OpenCx.Scopes.AspNetCore.Tests", "Examples", "SqliteApiKeyStore.cs"))
            .ReplaceLineEndings("\n");
        var body = example[example.IndexOf("// Keys in a database table", StringComparison.Ordinal)..];

        Assert.Contains(body, docs);
    }

    private static string RepositoryFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "OpenCx.Scopes.sln")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("OpenCx.Scopes.sln not found above the test output.");
        }

        return folder.FullName;
    }

    private async Task Execute(string sql, TestKey? key = null)
    {
        await using var command = keepAlive.CreateCommand();
        command.CommandText = sql;
        if (key is not null)
        {
            command.Parameters.AddWithValue("$sha256", Convert.FromHexString(key.Sha256));
        }

        await command.ExecuteNonQueryAsync();
    }
}
