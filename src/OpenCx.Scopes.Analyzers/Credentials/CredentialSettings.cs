using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
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

    /// <summary>Settings per set of options: files under the same .editorconfig sections share one.</summary>
    private static readonly ConditionalWeakTable<AnalyzerConfigOptions, CredentialSettings> Read = new();

    private CredentialSettings(ImmutableArray<string> extraPrefixes, ImmutableArray<string> keyHeaders)
    {
        ExtraPrefixes = extraPrefixes;
        KeyHeaders = keyHeaders;
    }

    public ImmutableArray<string> ExtraPrefixes { get; }

    public ImmutableArray<string> KeyHeaders { get; }

    public static CredentialSettings For(AnalyzerOptions options, SyntaxTree tree) =>
        Read.GetValue(options.AnalyzerConfigOptionsProvider.GetOptions(tree), Parse);

    public static CredentialSettings For(AnalyzerOptions options, AdditionalText file) =>
        Read.GetValue(options.AnalyzerConfigOptionsProvider.GetOptions(file), Parse);

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
