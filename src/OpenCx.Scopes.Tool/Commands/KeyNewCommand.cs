using System.Globalization;
using System.Linq;
using OpenCx.Scopes.Tool.Catalog;
using OpenCx.Scopes.Tool.Cli;
using OpenCx.Scopes.Tool.Keys;

namespace OpenCx.Scopes.Tool.Commands;

/// <summary><c>opencx key new</c>: a new key once on standard output, then its configuration entry.</summary>
internal sealed class KeyNewCommand : ICommand
{
    public string Name => "key new";

    public string Summary => "Make an API key and the configuration entry that accepts it.";

    public string[] ValueOptions => ["--name", "--scope", "--catalog", "--format", "--index"];

    public string[] FlagOptions => ["--full-access", "--test"];

    public string Help => """
        Usage: opencx key new --name <name> (--scope <scope>)... [options]
               opencx key new --name <name> --full-access [options]

        Makes an API key from a cryptographic random source and prints it once, on the first line of
        standard output, then the configuration entry that accepts it (its SHA-256, never the key).
        Store the key in your secret store now: it is not shown again.

        Options:
          --name <name>        The key's name, as logs and metrics show it.
          --scope <scope>      A scope the key holds (resource:action); repeat for several.
          --full-access        A full-access key: every operation. Not together with --scope.
          --test               An ocx_test_ key instead of an ocx_live_ one.
          --catalog <file>     The scope catalog to check scopes against. Default: ./scopes.json,
                               else the official catalog.
          --format json|env    The entry as JSON for appsettings (default), or as
                               OpenCx__ApiKeys__N__... environment variables.
          --index <n>          N in the environment variables (default 0).

        A scope the catalog does not have is an error (exit code 2) and no key is made.

        Examples:
          opencx key new --name crm-sync --scope contacts:read --scope tags:write
          opencx key new --name admin --full-access --format env
          opencx key new --name crm-sync $(opencx scopes needed --openapi openapi.json --as-args "GET /contacts" "POST /tags")

        """;

    public int Run(Arguments arguments, ToolConsole console)
    {
        if (arguments.Operands.Count > 0)
        {
            throw ToolException.Usage($"Unexpected argument '{arguments.Operands[0]}'.", Name);
        }

        var name = arguments.Single("--name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw ToolException.Usage("Give the key a name with --name.", Name);
        }

        var scopes = arguments.All("--scope").Distinct().ToList();
        var fullAccess = arguments.Has("--full-access");
        if (fullAccess == scopes.Count > 0)
        {
            throw ToolException.Usage(fullAccess ? "A full-access key holds every scope: give --full-access or --scope, not both." : "Give --scope at least once, or --full-access.", Name);
        }

        var format = arguments.OneOf("--format", "json", "json", "env");
        var index = Index(arguments.Single("--index"));
        if (!fullAccess)
        {
            ScopeValidation.EnsureValid(CatalogSource.Load(arguments.Single("--catalog"), console), scopes);
        }

        var key = ApiKeyFactory.NewKey(arguments.Has("--test"));
        var entry = new KeyConfigurationEntry(name, ApiKeyFactory.Sha256(key), fullAccess ? null : scopes);
        console.Out.WriteLine(key);
        console.Out.WriteLine(format == "env" ? string.Join("\n", entry.ToEnvironment(index)) : entry.ToJson());
        console.Error.WriteLine("The key is shown once: keep it in a secret store, never in source. The entry holds only its SHA-256.");
        return ExitCodes.Ok;
    }

    private int Index(string? value) =>
        value is null ? 0
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index
        : throw ToolException.Usage($"--index is a number, not '{value}'.", Name);
}
