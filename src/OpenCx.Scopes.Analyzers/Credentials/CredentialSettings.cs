using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OpenCx.Scopes.Analyzers.Credentials;

/// <summary>
/// The .editorconfig settings of OCX0003, read per syntax tree:
/// <c>opencx_scopes.api_key_prefixes</c> (more key prefixes, comma-separated, such as <c>acme_sk_</c>) and
/// <c>opencx_scopes.api_key_headers</c> (more header names that carry a key, such as <c>X-Acme-Token</c>).
/// </summary>
internal sealed class CredentialSettings
{
    public const string PrefixesKey = "opencx_scopes.api_key_prefixes";
    public const string HeadersKey = "opencx_scopes.api_key_headers";

    private static readonly ImmutableArray<string> DefaultHeaders = ImmutableArray.Create("Authorization", "X-Api-Key", "Api-Key");

    public static readonly CredentialSettings Default = new(ImmutableArray<string>.Empty, DefaultHeaders);

    private CredentialSettings(ImmutableArray<string> extraPrefixes, ImmutableArray<string> keyHeaders)
    {
        ExtraPrefixes = extraPrefixes;
        KeyHeaders = keyHeaders;
    }

    public ImmutableArray<string> ExtraPrefixes { get; }

    public ImmutableArray<string> KeyHeaders { get; }

    // Read where asked; a caller that asks often keeps its own answer per file (OCX0003 keeps one per compilation).
    // A project that sets neither key, as most do, gets the shared default for two lookups and no allocation.
    public static CredentialSettings For(AnalyzerOptions options, SyntaxTree tree) => Parse(options.AnalyzerConfigOptionsProvider.GetOptions(tree));

    public static CredentialSettings For(AnalyzerOptions options, AdditionalText file) => Parse(options.AnalyzerConfigOptionsProvider.GetOptions(file));

    private static CredentialSettings Parse(AnalyzerConfigOptions config)
    {
        var prefixes = config.TryGetValue(PrefixesKey, out var prefixText) ? List(prefixText) : ImmutableArray<string>.Empty;
        var headers = config.TryGetValue(HeadersKey, out var headerText) ? DefaultHeaders.AddRange(List(headerText)) : DefaultHeaders;
        return prefixes.IsEmpty && headers.Length == DefaultHeaders.Length ? Default : new CredentialSettings(prefixes, headers);
    }

    public bool IsKeyHeader(string? name) =>
        name is not null && KeyHeaders.Any(header => string.Equals(header, name.Trim(), StringComparison.OrdinalIgnoreCase));

    // A prefix shorter than three characters would match ordinary words.
    private static ImmutableArray<string> List(string text) =>
        text.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(item => item.Trim())
            .Where(item => item.Length >= 3)
            .ToImmutableArray();
}
