using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenCx.Scopes;

var builder = WebApplication.CreateBuilder(args);
var floor = builder.Configuration["LoadFloor:Key"];
if (floor is null)
{
    // Keys come from configuration, as in production: run.sh passes them as OpenCx__ApiKeys__… environment variables.
    builder.Services.AddOpenCxApiKeys(builder.Configuration.GetSection("OpenCx:ApiKeys"));
}
else
{
    // TARGET=floor: the same app with the cheapest key check ASP.NET Core allows instead of this package (one string
    // comparison, no hash, no store), so /contacts costs what authentication and authorization cost any scheme.
    builder.Services.AddSingleton(new FloorKey("Bearer " + floor));
    builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, FloorKeyHandler>(FloorKeyHandler.Scheme, null);
    builder.Services.AddAuthorization();
}

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapGet("/anonymous", () => "ok").AllowAnonymous();
if (floor is null)
{
    app.MapGet("/contacts", () => "ok").RequireScope("contacts:read");
    app.MapGet("/tags", () => "ok").RequireScope("tags:read");
    app.MapGet("/organization", () => "ok").RequireFullAccess();
}
else
{
    app.MapGet("/contacts", () => "ok").RequireAuthorization();
}

app.Run();

internal sealed class FloorKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, FloorKey key)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Scheme = "LoadFloor";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers.Authorization.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (Request.Headers.Authorization[0] != key.Header)
        {
            return Task.FromResult(AuthenticateResult.Fail("unknown key"));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "Reader")], Scheme);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme)));
    }
}

internal sealed record FloorKey(string Header);
