using Microsoft.AspNetCore.OpenApi;
using ContactsService.Endpoints;
using OpenCx.Scopes;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddOpenCxApiKeys(builder.Configuration.GetSection("OpenCx:ApiKeys"));
builder.Services.AddOpenApi(options => options.AddOpenCxScopes());

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();

// The OpenAPI document shows every operation's scopes; it is public, so tools and people can read it.
app.MapOpenApi().AllowAnonymous();

app.MapGet("/health", () => "ok").AllowAnonymous();

var tags = app.MapGroup("/tags").RequireScope(OpenCxScopes.Tags.Read);
tags.MapGet("/", () => new[] { "vip", "churn-risk" });
tags.MapPost("/", (TagInput tag) => Results.Created($"/tags/{tag.Name}", tag)).RequireScope(OpenCxScopes.Tags.Write);

app.MapGroup("/handoff-analytics").MapHandoffAnalytics();

app.MapDelete("/org", () => Results.NoContent()).RequireFullAccess();

app.Run();

internal sealed record TagInput(string Name);

public partial class Program;
