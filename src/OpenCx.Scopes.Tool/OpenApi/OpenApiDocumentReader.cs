using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using OpenCx.Scopes.Tool.Cli;

namespace OpenCx.Scopes.Tool.OpenApi;

/// <summary>Reads an OpenAPI (3.x JSON) document from a file or a URL into its operations and OpenCX requirements.</summary>
internal static class OpenApiDocumentReader
{
    public const string SchemeName = "OpenCxApiKey";
    public const string FullAccessExtension = "x-opencx-full-access";

    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static IReadOnlyList<ApiOperation> Read(string source, ToolConsole console)
    {
        var text = Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? Download(uri)
            : InputFile.Read(Path.GetFullPath(source, console.CurrentDirectory), $"The OpenAPI document '{source}'");
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return Operations(document.RootElement, source);
        }
        catch (JsonException problem)
        {
            throw new ToolException($"'{source}' is not a JSON OpenAPI document: {problem.Message}");
        }
    }

    private static List<ApiOperation> Operations(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("paths", out var paths) || paths.ValueKind != JsonValueKind.Object)
        {
            throw new ToolException($"'{source}' is not an OpenAPI document: it has no \"paths\" object.");
        }

        var documentSecurity = root.TryGetProperty("security", out var security) ? security : (JsonElement?)null;
        var operations = new List<ApiOperation>();
        foreach (var path in paths.EnumerateObject().Where(path => path.Value.ValueKind == JsonValueKind.Object))
        {
            foreach (var method in path.Value.EnumerateObject().Where(member => Methods.Contains(member.Name) && member.Value.ValueKind == JsonValueKind.Object))
            {
                var operationSecurity = method.Value.TryGetProperty("security", out var own) ? own : documentSecurity;
                operations.Add(Operation(method.Name.ToUpperInvariant(), path.Name, method.Value, operationSecurity));
            }
        }

        return operations;
    }

    /// <summary>
    /// The security alternatives are OR-ed: an empty one lets any caller in; of those naming OpenCxApiKey
    /// the first decides (the OpenCX transformer writes exactly one).
    /// </summary>
    private static ApiOperation Operation(string method, string path, JsonElement operation, JsonElement? security)
    {
        var alternatives = security is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray().ToList() : [];
        if (alternatives.Count == 0 || alternatives.Any(alternative => alternative.ValueKind == JsonValueKind.Object && !alternative.EnumerateObject().Any()))
        {
            return new ApiOperation(method, path, Access.Anonymous, []);
        }

        var openCx = alternatives.FirstOrDefault(alternative => alternative.ValueKind == JsonValueKind.Object && alternative.TryGetProperty(SchemeName, out _));
        if (openCx.ValueKind != JsonValueKind.Object)
        {
            return new ApiOperation(method, path, Access.Anonymous, []);
        }

        var scopes = openCx.GetProperty(SchemeName) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Where(scope => scope.ValueKind == JsonValueKind.String).Select(scope => scope.GetString()!).Distinct().ToList()
            : [];
        var fullAccess = operation.TryGetProperty(FullAccessExtension, out var flag) && flag.ValueKind == JsonValueKind.True;
        return fullAccess
            ? new ApiOperation(method, path, Access.FullAccess, [])
            : new ApiOperation(method, path, Access.Scoped, scopes);
    }

    private static string Download(Uri uri)
    {
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            using var response = client.GetAsync(uri).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                throw new ToolException($"{uri} answered {(int)response.StatusCode} {response.ReasonPhrase}, not an OpenAPI document.");
            }

            return response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        }
        catch (Exception problem) when (problem is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            throw new ToolException($"The OpenAPI document at {uri} can't be fetched: {problem.Message}");
        }
    }
}
