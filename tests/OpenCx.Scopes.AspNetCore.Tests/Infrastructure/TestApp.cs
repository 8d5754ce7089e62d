using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

/// <summary>The test service: controllers and minimal APIs behind AddOpenCxApiKeys, on TestServer or on Kestrel.</summary>
internal sealed class TestApp : IAsyncDisposable
{
    private TestApp(WebApplication app, HttpClient client, CapturedLogs logs)
    {
        App = app;
        Client = client;
        Logs = logs;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; }

    public static WebApplication Build(KeyConfiguration keys, bool onKestrel = false, CapturedLogs? logs = null, Action<IServiceCollection>? services = null, IConfigurationSource? keySource = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        if (onKestrel)
        {
            builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        if (keySource is null)
        {
            builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(keys.ToJson())));
        }
        else
        {
            ((IConfigurationBuilder)builder.Configuration).Add(keySource);
        }

        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs ?? new CapturedLogs());

        builder.Services.AddOpenCxApiKeys(builder.Configuration.GetSection("OpenCx:ApiKeys"));
        builder.Services.AddControllers().AddApplicationPart(typeof(TestApp).Assembly);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();
        MinimalApiEndpoints.Map(app);
        return app;
    }

    public static async Task<TestApp> StartAsync(KeyConfiguration keys, bool onKestrel = false, Action<IServiceCollection>? services = null, IConfigurationSource? keySource = null)
    {
        var logs = new CapturedLogs();
        var app = Build(keys, onKestrel, logs, services, keySource);
        await app.StartAsync();
        var client = onKestrel
            ? new HttpClient { BaseAddress = new Uri(((IApplicationBuilder)app).ServerFeatures.Get<IServerAddressesFeature>()!.Addresses.Single()) }
            : app.GetTestClient();
        return new TestApp(app, client, logs);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? authorization)
    {
        var request = new HttpRequestMessage(method, path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
