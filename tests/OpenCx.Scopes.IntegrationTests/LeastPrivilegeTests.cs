using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace OpenCx.Scopes.IntegrationTests;

/// <summary>
/// The opencx tool installed from the packed feed, and the sample service built with OpenCx.Scopes.OpenApi, both
/// made once for the tests below: the service's OpenAPI document is served, and saved to a file.
/// </summary>
public sealed class InstalledToolAndSample : IAsyncLifetime
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private RunningService? service;

    public InstalledTool Tool { get; private set; } = null!;

    public string SampleAssembly { get; private set; } = null!;

    public Uri DocumentUrl { get; private set; } = null!;

    public string DocumentFile { get; private set; } = null!;

    public async Task PrepareAsync(PackageFeed feed)
    {
        await gate.WaitAsync();
        try
        {
            if (service is not null)
            {
                return;
            }

            var (tool, install) = InstalledTool.Install(feed);
            Assert.True(tool is not null, install.Output);
            Tool = tool;

            var sample = SampleCopy.Create(feed, "LeastPrivilegeSample");
            var build = sample.Build();
            Assert.True(build.ExitCode == 0, build.Output);
            SampleAssembly = Path.Combine(sample.Directory, "bin", "Debug", "net10.0", "ContactsService.dll");

            service = await RunningService.StartAsync(SampleAssembly);
            DocumentUrl = new Uri(service.BaseAddress, "/openapi/v1.json");
            DocumentFile = Path.Combine(sample.Directory, "openapi.json");
            await File.WriteAllTextAsync(DocumentFile, await service.Client.GetStringAsync(DocumentUrl));
        }
        finally
        {
            gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // xUnit 2 disposes a fixture through IAsyncLifetime, not IAsyncDisposable: the service must not outlive the run.
    public async Task DisposeAsync()
    {
        if (service is not null)
        {
            await service.DisposeAsync();
        }
    }
}

/// <summary>The least-privilege flow, as an operator runs it against a real service.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class LeastPrivilegeTests(PackageFeed feed, InstalledToolAndSample setup) : IClassFixture<InstalledToolAndSample>
{
    [Fact]
    public async Task The_installed_tool_runs_each_command()
    {
        await setup.PrepareAsync(feed);
        var tool = setup.Tool;

        var help = tool.Run("--help");
        var key = tool.Run("key new --name ci --scope contacts:read --test");
        var badScope = tool.Run("key new --name ci --scope contact:read");
        var hash = tool.Run("key hash", stdin: key.Out.Split('\n')[0] + "\n");
        var emptyHash = tool.Run("key hash", stdin: "");
        var report = tool.Run($"scopes report --openapi \"{setup.DocumentFile}\"");
        var needed = tool.Run($"scopes needed --openapi \"{setup.DocumentFile}\" \"GET /contacts/7\" \"GET /handoff-analytics/summary\"");
        var unknown = tool.Run($"scopes needed --openapi \"{setup.DocumentFile}\" \"GET /invoices\"");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("scopes needed", help.Out);
        Assert.Equal(0, key.ExitCode);
        Assert.Matches(new Regex("^ocx_test_[0-9A-Za-z]{40}\n"), key.Out);
        Assert.Equal((2, ""), (badScope.ExitCode, badScope.Out));
        Assert.Contains("error OCX0002: 'contact:read' is not in the scope catalog: there is no resource 'contact'; did you mean 'contacts:read'?", badScope.Error);
        Assert.Equal(0, hash.ExitCode);
        Assert.Contains($"\"Sha256\": \"{hash.Out.Trim()}\"", key.Out);
        Assert.Equal(2, emptyHash.ExitCode);
        Assert.Equal(0, report.ExitCode);
        Assert.Contains("| GET | `/contacts/{id}` | `contacts:read` |", report.Out);
        Assert.Contains("| DELETE | `/org` | full access |", report.Out);
        Assert.Contains("| GET | `/health` | none |", report.Out);
        Assert.Equal((0, "contacts:read\nhandoff-analytics:read\n"), (needed.ExitCode, needed.Out));
        Assert.Equal((1, ""), (unknown.ExitCode, unknown.Out));
        Assert.DoesNotContain("   at ", badScope.Error + emptyHash.Error + unknown.Error);
    }

    [Fact]
    public async Task Operations_to_scopes_to_key_gives_200_on_those_operations_and_403_on_another()
    {
        await setup.PrepareAsync(feed);
        var tool = setup.Tool;

        var needed = tool.Run($"scopes needed --openapi {setup.DocumentUrl} --as-args \"GET /contacts/1\" \"POST /tags\"");
        var made = tool.Run($"key new --name crm-sync {needed.Out.Trim()} --format env");

        Assert.Equal("--scope contacts:read --scope tags:read --scope tags:write\n", needed.Out);
        Assert.Equal(0, made.ExitCode);
        var lines = made.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var key = lines[0];
        var environment = lines.Skip(1).Select(line => line.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);
        Assert.Equal(Sha256(key), environment["OpenCx__ApiKeys__0__Sha256"]);

        await using var service = await RunningService.StartAsync(setup.SampleAssembly, environment);
        var getContact = await SendAsync(service, HttpMethod.Get, "/contacts/1", key);
        var createTag = await SendAsync(service, HttpMethod.Post, "/tags/", key, """{ "name": "vip" }""");
        var createContact = await SendAsync(service, HttpMethod.Post, "/contacts", key, """{ "id": 2, "name": "Grace", "email": "grace@example.com" }""");
        var analytics = await SendAsync(service, HttpMethod.Get, "/handoff-analytics/summary", key);

        Assert.Equal(HttpStatusCode.OK, getContact.StatusCode);
        Assert.Equal(HttpStatusCode.Created, createTag.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, createContact.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, analytics.StatusCode);
        Assert.Equal("Bearer error=\"insufficient_scope\", scope=\"handoff-analytics:read\"", analytics.Headers.WwwAuthenticate.ToString());
    }

    private static async Task<HttpResponseMessage> SendAsync(RunningService service, HttpMethod method, string path, string key, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await service.Client.SendAsync(request);
    }

    private static string Sha256(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();
}
