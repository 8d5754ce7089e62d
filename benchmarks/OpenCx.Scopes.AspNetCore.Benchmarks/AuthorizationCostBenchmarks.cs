using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenCx.Scopes.AspNetCore.Benchmarks;

/// <summary>
/// Cost of one request through the whole in-process pipeline (TestServer, routing, authentication, authorization,
/// a trivial handler). Every authenticated case uses the same API-key scheme, so the ratio to the plain
/// [Authorize] baseline is what the scope checks add.
/// </summary>
public class AuthorizationCostBenchmarks
{
    private WebApplication app = null!;
    private HttpClient client = null!;
    private string readerKey = null!;
    private string adminKey = null!;

    [GlobalSetup]
    public async Task StartAsync()
    {
        readerKey = NewKey();
        adminKey = NewKey();

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddOpenCxApiKeys(options =>
        {
            options.Keys.Add(new OpenCxApiKeyEntry { Name = "Reader", Sha256 = OpenCxApiKeyHash.ComputeHex(readerKey), Scopes = ["contacts:read", "insights:read", "tags:read"] });
            options.Keys.Add(new OpenCxApiKeyEntry { Name = "Admin", Sha256 = OpenCxApiKeyHash.ComputeHex(adminKey), FullAccess = true });
        });

        app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/anonymous", () => "ok").AllowAnonymous();
        app.MapGet("/authorize", () => "ok").RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = OpenCxApiKeyDefaults.AuthenticationScheme });
        app.MapGet("/contacts", () => "ok").RequireScope("contacts:read");
        app.MapPost("/contacts", () => "ok").RequireScope("contacts:write");
        app.MapGet("/reports", () => "ok").RequireScope("insights:read").RequireScope("contacts:read").RequireScope("tags:read");
        await app.StartAsync();
        client = app.GetTestClient();
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "plain [Authorize], valid key")]
    public Task<HttpStatusCode> PlainAuthorize() => SendAsync(HttpMethod.Get, "/authorize", readerKey);

    [Benchmark(Description = "RequireScope, key has it (200)")]
    public Task<HttpStatusCode> ScopeGranted() => SendAsync(HttpMethod.Get, "/contacts", readerKey);

    [Benchmark(Description = "three RequireScope, key has all (200)")]
    public Task<HttpStatusCode> ThreeScopesGranted() => SendAsync(HttpMethod.Get, "/reports", readerKey);

    [Benchmark(Description = "RequireScope, full-access key (200)")]
    public Task<HttpStatusCode> FullAccessKey() => SendAsync(HttpMethod.Get, "/contacts", adminKey);

    [Benchmark(Description = "RequireScope, key lacks it (403)")]
    public Task<HttpStatusCode> ScopeMissing() => SendAsync(HttpMethod.Post, "/contacts", readerKey);

    [Benchmark(Description = "RequireScope, unknown key (401)")]
    public Task<HttpStatusCode> UnknownKey() => SendAsync(HttpMethod.Get, "/contacts", "ocx_test_unknown");

    [Benchmark(Description = "AllowAnonymous, no key")]
    public Task<HttpStatusCode> Anonymous() => SendAsync(HttpMethod.Get, "/anonymous", key: null);

    private async Task<HttpStatusCode> SendAsync(HttpMethod method, string path, string? key)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static string NewKey() => "ocx_test_" + System.Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
