using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using OpenCx.Scopes.Catalog;
using OpenCx.Scopes.Generator;
using OpenCx.Scopes.Tool.Cli;

namespace OpenCx.Scopes.Tool.Catalog;

/// <summary>
/// The catalog scopes are checked against, found as a build finds it: the file named, else scopes.json in the
/// current directory, else the official catalog built into the tool. Read by the generator's own parser.
/// </summary>
internal static class CatalogSource
{
    public static ScopeCatalog Load(string? catalogFile, ToolConsole console)
    {
        var path = catalogFile is not null
            ? Path.GetFullPath(catalogFile, console.CurrentDirectory)
            : Path.Combine(console.CurrentDirectory, CatalogFile.FileName);
        var useFile = catalogFile is not null || File.Exists(path);
        var text = useFile ? SourceText.From(InputFile.Read(path, $"The catalog '{catalogFile ?? path}'")) : CatalogFile.OfficialText;
        var name = useFile ? path : "the official catalog";
        var result = CatalogParser.Parse(text);
        foreach (var problem in result.Problems)
        {
            console.Error.WriteLine(Describe(name, problem));
        }

        if (result.Catalog is null || result.Problems.Any(problem => CatalogDiagnostics.For(problem.RuleId).DefaultSeverity == DiagnosticSeverity.Error))
        {
            throw new ToolException($"The catalog '{name}' has errors; fix them first.");
        }

        return result.Catalog;
    }

    /// <summary>As the compiler prints a catalog diagnostic: file(line,column): severity id: message.</summary>
    private static string Describe(string file, CatalogProblem problem)
    {
        var descriptor = CatalogDiagnostics.For(problem.RuleId);
        var severity = descriptor.DefaultSeverity == DiagnosticSeverity.Error ? "error" : "warning";
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.Arguments.Cast<object>().ToArray());
        var start = problem.LineSpan.Start;
        return $"{file}({start.Line + 1},{start.Character + 1}): {severity} {problem.RuleId}: {message}";
    }
}
