using System.Collections.Generic;
using System.Linq;
using OpenCx.Scopes.Tool.Cli;
using OpenCx.Scopes.Tool.OpenApi;

namespace OpenCx.Scopes.Tool.Commands;

/// <summary><c>opencx scopes needed</c>: the least set of scopes that lets a key call the operations named.</summary>
internal sealed class ScopesNeededCommand : ICommand
{
    public string Name => "scopes needed";

    public string Summary => "The least set of scopes a key needs for some operations of an OpenAPI document.";

    public string[] ValueOptions => ["--openapi"];

    public string[] FlagOptions => ["--all", "--as-args"];

    public string Help => """
        Usage: opencx scopes needed --openapi <file|url> "<METHOD> <path>"... [--as-args]
               opencx scopes needed --openapi <file|url> --all [--as-args]

        Prints the least set of scopes that lets an API key call exactly the operations named, one per line:
        the least-privilege key the OpenCX documentation asks for. A path may be concrete (/contacts/42) or
        the document's template (/contacts/{id}).

        Options:
          --openapi <file|url>  The service's OpenAPI document, such as https://host/openapi/v1.json.
          --all                 Every operation of the document.
          --as-args             Print the scopes as "--scope a --scope b", for opencx key new.

        Exit codes: 0 ok; 1 when an operation is not in the document (nothing is printed) or needs a
        full-access key (named on standard error; the scopes of the others are printed); 2 bad usage or input.

        Examples:
          opencx scopes needed --openapi openapi.json "GET /contacts" "POST /tags"
          opencx scopes needed --openapi http://127.0.0.1:5000/openapi/v1.json --all
          opencx key new --name crm-sync $(opencx scopes needed --openapi openapi.json --as-args "GET /contacts/42" "POST /tags")

        """;

    public int Run(Arguments arguments, ToolConsole console)
    {
        var source = arguments.Single("--openapi") ?? throw ToolException.Usage("Name the OpenAPI document with --openapi.", Name);
        var all = arguments.Has("--all");
        if (all == arguments.Operands.Count > 0)
        {
            throw ToolException.Usage(all ? "Give operations or --all, not both." : "Name the operations, such as \"GET /contacts\", or give --all.", Name);
        }

        var requests = arguments.Operands.Select(text => OperationRequest.Parse(text, Name)).ToList();
        var operations = OpenApiDocumentReader.Read(source, console);
        var chosen = all ? operations : Find(operations, requests, console);
        if (chosen is null)
        {
            return ExitCodes.Finding;
        }

        var scopes = chosen.Where(operation => operation.Access == Access.Scoped).SelectMany(operation => operation.Scopes)
            .Distinct().Order(System.StringComparer.Ordinal).ToList();
        console.Out.Write(arguments.Has("--as-args")
            ? string.Join(" ", scopes.Select(scope => "--scope " + scope)) + (scopes.Count > 0 ? "\n" : string.Empty)
            : string.Concat(scopes.Select(scope => scope + "\n")));

        var fullAccess = chosen.Where(operation => operation.Access == Access.FullAccess).ToList();
        foreach (var operation in fullAccess)
        {
            console.Error.WriteLine($"opencx: {operation.Name} needs a full-access key: no scope lets a scoped key call it.");
        }

        return fullAccess.Count > 0 ? ExitCodes.Finding : ExitCodes.Ok;
    }

    /// <summary>The document's operation for each request, or null (each miss named) when any is missing.</summary>
    private static List<ApiOperation>? Find(IReadOnlyList<ApiOperation> operations, List<OperationRequest> requests, ToolConsole console)
    {
        var found = new List<ApiOperation>();
        var missing = false;
        foreach (var request in requests)
        {
            if (OperationMatcher.Find(operations, request.Method, request.Path) is { } operation)
            {
                found.Add(operation);
                continue;
            }

            missing = true;
            var otherMethods = operations.Where(o => o.Method != request.Method && OperationMatcher.Find([o], o.Method, request.Path) is not null).Select(o => o.Name).ToList();
            console.Error.WriteLine($"opencx: {request} is not an operation of the document."
                + (otherMethods.Count > 0 ? $" It has {string.Join(", ", otherMethods)}." : string.Empty));
        }

        return missing ? null : found;
    }
}
