using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenCx.Scopes.Tool.OpenApi;

/// <summary>
/// Finds the document's operation for a request such as <c>GET /contacts/42</c>: the path may be concrete or a
/// template; a template segment <c>{id}</c> (or <c>{id:guid}</c>, <c>{**rest}</c>) takes any value, and when
/// several templates fit, the one with the most literal segments wins, as routing prefers it.
/// </summary>
internal static class OperationMatcher
{
    public static ApiOperation? Find(IReadOnlyList<ApiOperation> operations, string method, string path)
    {
        var segments = Segments(path);
        return operations
            .Where(operation => string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase))
            .Select(operation => (operation, literals: LiteralMatches(Segments(operation.Path), segments)))
            .Where(candidate => candidate.literals >= 0)
            .OrderByDescending(candidate => candidate.literals)
            .Select(candidate => candidate.operation)
            .FirstOrDefault();
    }

    /// <summary>How many segments matched literally, or -1 when the template does not fit the path.</summary>
    private static int LiteralMatches(string[] template, string[] path)
    {
        var literals = 0;
        for (var i = 0; i < template.Length; i++)
        {
            var segment = template[i];
            if (IsCatchAll(segment))
            {
                return literals;
            }

            if (i >= path.Length)
            {
                return -1;
            }

            if (string.Equals(segment, path[i], StringComparison.OrdinalIgnoreCase))
            {
                literals++;
            }
            else if (!IsParameter(segment))
            {
                return -1;
            }
        }

        return template.Length == path.Length ? literals : -1;
    }

    private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');

    private static bool IsCatchAll(string segment) => segment.StartsWith("{*", StringComparison.Ordinal);

    private static string[] Segments(string path)
    {
        var withoutQuery = path.Split('?', '#')[0];
        return withoutQuery.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
    }
}
