using OpenCx.Scopes.Tool.Cli;
using OpenCx.Scopes.Tool.Keys;

namespace OpenCx.Scopes.Tool.Commands;

/// <summary><c>opencx key hash</c>: the SHA-256 the configuration holds for a key read from standard input.</summary>
internal sealed class KeyHashCommand : ICommand
{
    public string Name => "key hash";

    public string Summary => "Print the SHA-256 of a key read from standard input.";

    public string[] ValueOptions => [];

    public string[] FlagOptions => [];

    public string Help => """
        Usage: opencx key hash < key.txt

        Reads an API key from standard input (surrounding white space and the final newline are ignored)
        and prints its SHA-256 in lower-case hex: the Sha256 value of its OpenCx:ApiKeys entry.
        Reading from standard input keeps the key out of the shell history and the process list.

        Examples:
          opencx key hash < crm-sync.key
          printf '%s' "$OPENCX_API_KEY" | opencx key hash

        """;

    public int Run(Arguments arguments, ToolConsole console)
    {
        if (arguments.Operands.Count > 0)
        {
            throw ToolException.Usage("The key is read from standard input, not from the command line, which others can see.", Name);
        }

        var key = console.In.ReadToEnd().Trim();
        if (key.Length == 0)
        {
            throw ToolException.Usage("No key on standard input.", Name);
        }

        if (key.Contains('\n'))
        {
            throw ToolException.Usage("Standard input holds more than one line; give one key.", Name);
        }

        console.Out.WriteLine(ApiKeyFactory.Sha256(key));
        return ExitCodes.Ok;
    }
}
