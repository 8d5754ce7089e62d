using OpenCx.Scopes;

// Keys come from configuration, as in production: run.sh passes them as OpenCx__ApiKeys__… environment variables.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOpenCxApiKeys(builder.Configuration.GetSection("OpenCx:ApiKeys"));

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapGet("/anonymous", () => "ok").AllowAnonymous();
app.MapGet("/contacts", () => "ok").RequireScope("contacts:read");
app.MapGet("/tags", () => "ok").RequireScope("tags:read");
app.MapGet("/organization", () => "ok").RequireFullAccess();
app.Run();
