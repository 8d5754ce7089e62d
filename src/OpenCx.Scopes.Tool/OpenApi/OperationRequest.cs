using System;
using OpenCx.Scopes.Tool.Cli;

namespace OpenCx.Scopes.Tool.OpenApi;

/// <summary>An operation as written on the command line: <c>"GET /contacts/42"</c>.</summary>
internal sealed record OperationRequest(string Method, string Path)
{
    public static OperationRequest Parse(string text, string command)
    {
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts[1].StartsWith('/') || !IsMethod(parts[0]))
        {
            throw ToolException.Usage($"'{text}' is not an operation: write it as \"<METHOD> <path>\", such as \"GET /contacts/42\".", command);
        }

        return new OperationRequest(parts[0].ToUpperInvariant(), parts[1]);
    }

    public override string ToString() => Method + " " + Path;

    private static bool IsMethod(string word) =>
        word.Length > 0 && word.Length <= 10 && System.Linq.Enumerable.All(word, char.IsAsciiLetter);
}
