using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenCx.Scopes.OpenApi.Tests.App;

/// <summary>
/// A service with scopes on controllers, minimal APIs and route groups, on Kestrel at 127.0.0.1,
/// serving its OpenAPI document at /openapi/v1.json. Also the source of the documents the opencx tool's tests read.
/// </summary>
public sealed class ScopedApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private ScopedApp(WebApplication app, HttpClient client)
    {
        this.app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public Uri DocumentUri => new(Client.BaseAddress!, "/openapi/v1.json");

    /// <summary>How many operations the app's endpoints describe: one per HTTP method of each endpoint the document does not exclude.</summary>
    public int OperationCount => app.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .Where(endpoint => endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
        .Sum(endpoint => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Count ?? 0);

    /// <param name="controllers">A convention on MapControllers(), such as RequireScope.</param>
    /// <param name="openApi">The OpenAPI options, in place of AddOpenCxScopes().</param>
    public static async Task<ScopedApp> StartAsync(Action<ControllerActionEndpointConventionBuilder>? controllers = null, Action<OpenApiOptions>? openApi = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddOpenCxApiKeys(options => { });
        builder.Services.AddControllers().AddApplicationPart(typeof(ScopedApp).Assembly);
        builder.Services.AddOpenApi(openApi ?? (options => options.AddOpenCxScopes()));

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        var controllerEndpoints = app.MapControllers();
        controllers?.Invoke(controllerEndpoints);
        ScopedMinimalApis.Map(app);
        await app.StartAsync();
        var address = ((IApplicationBuilder)app).ServerFeatures.Get<IServerAddressesFeature>()!.Addresses;
        return new ScopedApp(app, new HttpClient { BaseAddress = new Uri(address.Single()) });
    }

    public async Task<string> DocumentTextAsync() => await Client.GetStringAsync(DocumentUri);

    public async Task<JsonObject> DocumentAsync() => JsonNode.Parse(await DocumentTextAsync())!.AsObject();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
