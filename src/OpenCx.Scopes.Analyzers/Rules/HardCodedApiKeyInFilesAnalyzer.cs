using System;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OpenCx.Scopes.Analyzers.Credentials;

namespace OpenCx.Scopes.Analyzers.Rules;

/// <summary>
/// OCX0003 in the files where keys are committed most: <c>appsettings*.json</c>, <c>Properties/launchSettings.json</c>
/// and <c>*.http</c>, which the package's build props hand to the compiler as additional files (unless
/// <c>OpenCxScanConfigFiles</c> is false). Reported at the key's line and column in that file, with its own message
/// saying where such a key belongs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedApiKeyInFilesAnalyzer : DiagnosticAnalyzer
{
    // OCX0003 in C# and OCX0003 in files are one rule to the user: one id, one severity setting, one doc page.
#pragma warning disable RS1019 // The id is shared with HardCodedApiKeyAnalyzer on purpose.
    private static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.HardCodedApiKey,
        title: "Hard-coded API key",
        messageFormat: "{0} holds a hard-coded API key ({1}); keep it in user secrets, an environment variable or a vault",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "API keys committed in configuration and request files leak with every clone, build log and package. Keep them in user secrets during development, and in environment variables or a vault elsewhere.",
        helpLinkUri: RuleHelp.UriFor(RuleIdentifiers.HardCodedApiKey));
#pragma warning restore RS1019

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        var kind = KindOf(file.Path);
        if (kind == FileKind.Other || file.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        var settings = CredentialSettings.For(context.Options, file);
        var keys = kind == FileKind.Json ? JsonFileKeys.Find(text, settings) : HttpFileKeys.Find(text, settings);
        var fileName = Path.GetFileName(file.Path);
        foreach (var key in keys)
        {
            var location = Location.Create(file.Path, key.Span, text.Lines.GetLinePositionSpan(key.Span));
            var reason = HardCodedApiKeyAnalyzer.Describe(key.Evidence, key.Role);
            context.ReportDiagnostic(Diagnostic.Create(Rule, location, $"{key.Setting} in {fileName}", reason));
        }
    }

    private enum FileKind
    {
        Other,
        Json,
        Http,
    }

    /// <summary>Only the files the build props add: other additional files (the scope catalog) are not configuration.</summary>
    private static FileKind KindOf(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".http", StringComparison.OrdinalIgnoreCase))
        {
            return FileKind.Http;
        }

        var isSettings = (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "launchSettings.json", StringComparison.OrdinalIgnoreCase))
            && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        return isSettings ? FileKind.Json : FileKind.Other;
    }
}
