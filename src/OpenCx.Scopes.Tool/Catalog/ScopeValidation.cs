using System.Collections.Generic;
using System.Linq;
using OpenCx.Scopes.Analyzers.Scopes;
using OpenCx.Scopes.Catalog;
using OpenCx.Scopes.Tool.Cli;

namespace OpenCx.Scopes.Tool.Catalog;

/// <summary>Checks scopes against the catalog with the analyzers' own verdicts and OCX0002 messages.</summary>
internal static class ScopeValidation
{
    /// <summary>Every scope the catalog does not have, explained as OCX0002 explains it; empty when all are valid.</summary>
    public static IReadOnlyList<string> Problems(ScopeCatalog catalog, IEnumerable<string> scopes) =>
        scopes
            .Select(scope => ScopeCheck.Check(catalog, scope))
            .Where(verdict => !verdict.IsValid)
            .Select(verdict => $"error OCX0002: '{verdict.Scope}' is not in the scope catalog: {ScopeProblemMessage.Explain(verdict, catalog)}")
            .ToList();

    public static void EnsureValid(ScopeCatalog catalog, IEnumerable<string> scopes)
    {
        var problems = Problems(catalog, scopes);
        if (problems.Count > 0)
        {
            throw new ToolException(string.Join("\n", problems) + "\nNo key was made.");
        }
    }
}
