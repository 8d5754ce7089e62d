using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Configuration;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>
/// Reads the <c>OpenCx:ApiKeys</c> array by hand rather than with the binder, which cannot tell
/// <c>"Scopes": []</c> (a scoped key with no scope) from no <c>Scopes</c> at all (a legacy full-access key).
/// </summary>
internal static class ApiKeyConfigurationReader
{
    public static void ReadInto(IConfiguration section, OpenCxApiKeysOptions options)
    {
        foreach (var child in section.GetChildren())
        {
            var entry = new OpenCxApiKeyEntry
            {
                Source = child.Path,
                Name = child["Name"],
                Sha256 = child["Sha256"],
                Scopes = ReadScopes(child, options.ConfigurationProblems),
                FullAccess = ReadBoolean(child, "FullAccess", options.ConfigurationProblems),
                Revoked = ReadBoolean(child, "Revoked", options.ConfigurationProblems) ?? false,
            };
            options.Keys.Add(entry);
        }
    }

    private static List<string>? ReadScopes(IConfigurationSection entry, List<string> problems)
    {
        // A JSON empty array is stored as the key with a null value: GetChildren lists it though Exists() is false.
        var scopes = entry.GetChildren().FirstOrDefault(static child => string.Equals(child.Key, "Scopes", StringComparison.OrdinalIgnoreCase));
        if (scopes is null)
        {
            return null;
        }

        var items = scopes.GetChildren().ToList();
        if (items.Count == 0 && !string.IsNullOrEmpty(scopes.Value))
        {
            problems.Add($"{Describe(entry)}: Scopes must be a list, such as [\"contacts:read\"].");
            return [];
        }

        return items.Select(static item => item.Value ?? string.Empty).ToList();
    }

    private static bool? ReadBoolean(IConfigurationSection entry, string name, List<string> problems)
    {
        var value = entry[name];
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (bool.TryParse(value, out var parsed))
        {
            return parsed;
        }

        problems.Add($"{Describe(entry)}: {name} must be true or false.");
        return null;
    }

    private static string Describe(IConfigurationSection entry) => OpenCxApiKeysOptionsValidator.Describe(entry["Name"], entry.Path);
}
