using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>
/// Which principal a scoped endpoint is authorized with, and how often the API-key scheme authenticates for it: the
/// policy [RequiresScope] names selects the API-key scheme, whatever the app's default scheme is and whatever other
/// schemes the endpoint names; when the authentication middleware already authenticated the key, it is not done again.
/// </summary>
public sealed class PolicyAuthenticationTests
{
    private const string Other = "Other";

    [Fact]
    public async Task A_scoped_request_authenticates_the_key_once_when_the_API_key_scheme_is_the_default()
    {
        var keys = new KeyConfiguration();
        var reader = keys.Scoped("Production", "contacts:read");
        await using var app = await PolicyApp.StartAsync(keys);

        var response = await app.SendAsync("/whoami", reader.Header);

        response.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("OpenCxApiKey:Production", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, app.Authentications(OpenCxApiKeyDefaults.AuthenticationScheme));
    }

    [Fact]
    public async Task An_endpoint_that_also_names_another_scheme_is_authorized_with_the_principals_of_both()
    {
        var keys = new KeyConfiguration();
        var reader = keys.Scoped("Production", "contacts:read");
        await using var app = await PolicyApp.StartAsync(keys);

        var keyOnly = await app.SendAsync("/both", reader.Header);
        var both = await app.SendAsync("/both", reader.Header, otherUser: "ada");
        var otherOnly = await app.SendAsync("/both", authorization: null, otherUser: "ada");

        keyOnly.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("OpenCxApiKey:Production", await keyOnly.Content.ReadAsStringAsync());
        both.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("OpenCxApiKey:Production,Other:ada", await both.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, otherOnly.StatusCode); // authenticated by the other scheme, without the scope
    }

    [Fact]
    public async Task With_another_default_scheme_the_policy_authenticates_the_key_and_makes_it_the_user()
    {
        var keys = new KeyConfiguration();
        var reader = keys.Scoped("Production", "contacts:read");
        await using var app = await PolicyApp.StartAsync(keys, defaultScheme: Other);

        var withKey = await app.SendAsync("/whoami", reader.Header, otherUser: "ada");
        var authenticatedByThePolicy = app.Authentications(OpenCxApiKeyDefaults.AuthenticationScheme);
        var otherOnly = await app.SendAsync("/whoami", authorization: null, otherUser: "ada");

        withKey.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("OpenCxApiKey:Production", await withKey.Content.ReadAsStringAsync());
        Assert.Equal(1, authenticatedByThePolicy);
        otherOnly.ShouldBe(HttpStatusCode.Unauthorized, "Bearer");
    }

    [Fact]
    public async Task A_user_replaced_after_authentication_is_authenticated_again_by_the_policy()
    {
        var keys = new KeyConfiguration();
        var reader = keys.Scoped("Production", "contacts:read");
        var forged = new ClaimsIdentity([new Claim(ClaimTypes.Name, "Forged"), new Claim("scope", "tags:read")], "OpenCxApiKey");
        await using var app = await PolicyApp.StartAsync(keys, replaceUser: () => new ClaimsPrincipal(forged));

        var tags = await app.SendAsync("/tags", reader.Header);
        var whoami = await app.SendAsync("/whoami", reader.Header);
        var noKey = await app.SendAsync("/tags", authorization: null);

        tags.ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"tags:read\"");
        Assert.Equal("OpenCxApiKey:Production", await whoami.Content.ReadAsStringAsync());
        noKey.ShouldBe(HttpStatusCode.Unauthorized, "Bearer");
    }

    [Fact]
    public async Task The_API_key_scheme_authenticates_again_for_a_policy_that_names_it_with_another_scheme()
    {
        var keys = new KeyConfiguration();
        var reader = keys.Scoped("Production", "contacts:read");
        await using var app = await PolicyApp.StartAsync(keys);

        (await app.SendAsync("/both", reader.Header)).ShouldBe(HttpStatusCode.OK);

        Assert.Equal(2, app.Authentications(OpenCxApiKeyDefaults.AuthenticationScheme));
        Assert.Equal(1, app.Authentications(Other));
    }

    [Fact]
    public void The_default_policy_evaluator_is_replaced_and_an_app_evaluator_is_kept()
    {
        var byDefault = new ServiceCollection().AddLogging().AddOpenCxApiKeys(static _ => { }).BuildServiceProvider();
        var appsBefore = new ServiceCollection().AddLogging().AddTransient<IPolicyEvaluator, AppEvaluator>().AddOpenCxApiKeys(static _ => { }).BuildServiceProvider();
        var appsAfter = new ServiceCollection().AddLogging().AddOpenCxApiKeys(static _ => { }).AddTransient<IPolicyEvaluator, AppEvaluator>().BuildServiceProvider();

        Assert.IsType<OpenCxPolicyEvaluator>(byDefault.GetRequiredService<IPolicyEvaluator>());
        Assert.IsType<AppEvaluator>(appsBefore.GetRequiredService<IPolicyEvaluator>());
        Assert.IsType<AppEvaluator>(appsAfter.GetRequiredService<IPolicyEvaluator>());
    }

    private sealed class AppEvaluator(IAuthorizationService authorization) : PolicyEvaluator(authorization);

    /// <summary>
    /// The test service with a second scheme (<c>X-User: name</c> authenticates as <c>Other:name</c>) and a count of
    /// authentications by scheme, as the authentication service is asked for them.
    /// </summary>
    private sealed class PolicyApp : IAsyncDisposable
    {
        private readonly WebApplication app;
        private readonly HttpClient client;
        private readonly ConcurrentDictionary<string, int> authentications;

        private PolicyApp(WebApplication app, ConcurrentDictionary<string, int> authentications)
        {
            this.app = app;
            this.authentications = authentications;
            client = app.GetTestClient();
        }

        public static async Task<PolicyApp> StartAsync(KeyConfiguration keys, string? defaultScheme = null, Func<ClaimsPrincipal>? replaceUser = null)
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
            builder.WebHost.UseTestServer();
            builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(keys.ToJson())));
            builder.Logging.ClearProviders();
            var authentications = new ConcurrentDictionary<string, int>();
            builder.Services.AddSingleton(authentications);
            builder.Services.AddScoped<IAuthenticationService, CountingAuthenticationService>();
            builder.Services.AddAuthentication(options => options.DefaultScheme = defaultScheme ?? OpenCxApiKeyDefaults.AuthenticationScheme)
                .AddScheme<AuthenticationSchemeOptions, OtherHandler>(Other, null);
            builder.Services.AddOpenCxApiKeys(builder.Configuration.GetSection("OpenCx:ApiKeys"));

            var app = builder.Build();
            app.UseAuthentication();
            if (replaceUser is not null)
            {
                app.Use((context, next) =>
                {
                    context.User = replaceUser();
                    return next(context);
                });
            }

            app.UseAuthorization();
            app.MapGet("/whoami", (ClaimsPrincipal user) => Identities(user)).RequireScope("contacts:read");
            app.MapGet("/tags", () => "tags").RequireScope("tags:read");
            app.MapGet("/both", (ClaimsPrincipal user) => Identities(user))
                .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = Other })
                .RequireScope("contacts:read");
            await app.StartAsync();
            return new PolicyApp(app, authentications);
        }

        public int Authentications(string scheme) => authentications.GetValueOrDefault(scheme);

        public Task<HttpResponseMessage> SendAsync(string path, string? authorization, string? otherUser = null)
        {
            authentications.Clear();
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            if (otherUser is not null)
            {
                request.Headers.Add("X-User", otherUser);
            }

            return client.SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }

        private static string Identities(ClaimsPrincipal user) =>
            string.Join(",", user.Identities.Where(identity => identity.IsAuthenticated).Select(identity => $"{identity.AuthenticationType}:{identity.Name}"));
    }

    private sealed class CountingAuthenticationService(
        IAuthenticationSchemeProvider schemes,
        IAuthenticationHandlerProvider handlers,
        IClaimsTransformation transform,
        IOptions<AuthenticationOptions> options,
        ConcurrentDictionary<string, int> authentications)
        : AuthenticationService(schemes, handlers, transform, options)
    {
        public override Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme)
        {
            authentications.AddOrUpdate(scheme ?? "(default)", 1, static (_, count) => count + 1);
            return base.AuthenticateAsync(context, scheme);
        }
    }

    private sealed class OtherHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
            Task.FromResult(Request.Headers.TryGetValue("X-User", out var user)
                ? AuthenticateResult.Success(new AuthenticationTicket(
                    new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user.ToString())], Other)), Other))
                : AuthenticateResult.NoResult());
    }
}
