using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Extensions.Options;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>
/// Refuses malformed key entries when the app starts. Messages name the entry and never show its hash:
/// a value pasted into Sha256 by mistake may be the key itself.
/// </summary>
internal sealed class OpenCxApiKeysOptionsValidator : IValidateOptions<OpenCxApiKeysOptions>
{
    public ValidateOptionsResult Validate(string? name, OpenCxApiKeysOptions options)
    {
        var problems = new List<string>(options.ConfigurationProblems);
        for (var i = 0; i < options.Keys.Count; i++)
        {
            problems.AddRange(ProblemsOf(options.Keys[i], i));
        }

        problems.AddRange(DuplicateHashes(options.Keys));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static string Describe(string? name, string? source) =>
        string.IsNullOrWhiteSpace(name) ? $"OpenCX API key at {source}" : $"OpenCX API key '{name}' ({source})";

    private static IEnumerable<string> ProblemsOf(OpenCxApiKeyEntry entry, int index)
    {
        var entryName = Describe(entry.Name, entry.Source ?? $"Keys[{index}]");
        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            yield return $"{entryName}: Name is required.";
        }

        if (string.IsNullOrWhiteSpace(entry.Sha256))
        {
            yield return $"{entryName}: Sha256 is required (the hex SHA-256 of the key, never the key).";
        }
        else if (!IsSha256Hex(entry.Sha256))
        {
            yield return $"{entryName}: Sha256 must be 64 hexadecimal digits (the SHA-256 of the key, never the key).";
        }

        if (entry.FullAccess == true && entry.Scopes is not null)
        {
            yield return $"{entryName}: a key has either FullAccess or Scopes, not both.";
        }

        foreach (var scope in entry.Scopes ?? [])
        {
            if (!ScopeFormat.IsValid(scope))
            {
                yield return $"{entryName}: scope '{scope}' is not resource:action (such as contacts:read).";
            }
        }
    }

    private static IEnumerable<string> DuplicateHashes(IEnumerable<OpenCxApiKeyEntry> keys) =>
        keys.Where(static key => key.Sha256 is not null && IsSha256Hex(key.Sha256))
            .GroupBy(static key => key.Sha256!.ToLowerInvariant())
            .Where(static group => group.Count() > 1)
            .Select(static group => $"OpenCX API keys {string.Join(", ", group.Select(key => $"'{key.Name}'"))} have the same Sha256: each key must be listed once.");

    private static bool IsSha256Hex(string value) =>
        value.Length == 64 && value.All(static c => char.IsAsciiHexDigit(c));
}
