using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OpenCx.Scopes.Tests.Credentials;

/// <summary>The <c>key = value</c> lines of an .editorconfig, handed to every file: enough for compilations built by hand.</summary>
internal sealed class EditorConfigOptions : AnalyzerConfigOptionsProvider
{
    private readonly Options options;

    private EditorConfigOptions(Options options) => this.options = options;

    public override AnalyzerConfigOptions GlobalOptions => options;

    public static EditorConfigOptions From(string editorConfig) =>
        new(new Options(editorConfig.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains('=') && !line.StartsWith('#') && !line.StartsWith('['))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.OrdinalIgnoreCase)));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
