using System;
using System.Collections.Generic;
using System.Text;

namespace OpenCx.Scopes.Analyzers.Credentials;

/// <summary>
/// Decides from a name (a symbol, a parameter, a dictionary or configuration entry) whether the place holds a key.
/// Names are split into words, so <c>ApiKeyHeaderName</c> is "api key header name": a name, not a key.
/// </summary>
internal static class NameWords
{
    private static readonly HashSet<string> KeyWords = new(StringComparer.Ordinal)
    {
        "token", "tokens", "secret", "secrets", "bearer", "credential", "credentials",
        "apikey", "apikeys", "accesstoken", "authtoken", "bearertoken", "accesskey", "secretkey", "apitoken",
    };

    /// <summary>Words that turn <c>key</c> into a credential: api key, access key, subscription key.</summary>
    private static readonly HashSet<string> KeyQualifiers = new(StringComparer.Ordinal)
    {
        "api", "access", "auth", "secret", "subscription", "private", "client", "license", "service", "master",
    };

    /// <summary>A last word that says the place holds something about a key, not the key itself.</summary>
    private static readonly HashSet<string> NotAKeyLastWords = new(StringComparer.Ordinal)
    {
        "id", "ids", "name", "names", "url", "urls", "uri", "uris", "endpoint", "path", "header", "headers",
        "scheme", "prefix", "suffix", "hash", "hashes", "hashed", "sha256", "sha1", "sha512", "md5", "digest", "checksum",
        "thumbprint", "fingerprint", "version", "claim", "claims", "policy", "type", "kind", "length", "format",
        "field", "param", "parameter", "label", "description", "regex", "pattern", "route", "variable", "var", "env",
        "file", "filename", "section", "provider", "count", "expiry", "expiration", "expires", "lifetime", "timeout",
        "ttl", "issuer", "audience", "mode", "location", "query", "store", "source", "placeholder", "example",
        "sample", "template", "message", "error", "text", "title", "hint", "purpose", "usage", "address", "host",
        "mask", "masked", "redacted", "preview", "size", "limit", "date", "time", "utc", "status", "state",
        "enabled", "required", "directory", "folder", "container", "lookup", "validator", "generator", "service",
        "cache", "rotation", "scope", "scopes", "audit", "log", "display", "owner", "index", "position", "separator",
    };

    /// <summary>The last word of a type or collection that holds credentials: <c>PartnerCredentials</c>, <c>TenantKeys</c>.</summary>
    private static readonly HashSet<string> HolderWords = new(StringComparer.Ordinal)
    {
        "credential", "credentials", "secret", "secrets", "token", "tokens", "key", "keys", "apikey", "apikeys",
    };

    /// <summary>Words that make <c>keys</c> something other than credentials: cache keys, partition keys, primary keys.</summary>
    private static readonly HashSet<string> NotCredentialKeys = new(StringComparer.Ordinal)
    {
        "cache", "partition", "idempotency", "sort", "row", "primary", "foreign", "composite", "unique", "resource",
        "resources", "translation", "localization", "lookup", "dictionary", "map", "routing", "shard", "object", "entity",
        "table", "index", "config", "configuration", "setting", "settings", "registry", "json", "claim", "message",
        "event", "metric", "feature", "hot", "shortcut", "keyboard", "music", "sequence", "dedup", "dedupe", "storage",
    };

    /// <summary>
    /// A type or collection whose own name says it holds credentials: its last word is <c>Credentials</c>, <c>Secrets</c>,
    /// <c>Tokens</c> or <c>Keys</c> (not <c>CacheKeys</c>, <c>PartitionKeys</c>…). <c>ApiKeyDefaults</c> is about keys, not one.
    /// </summary>
    public static bool IsCredentialHolderName(string? name)
    {
        if (name is null || !(ContainsIgnoringCase(name, "key") || ContainsIgnoringCase(name, "token") || ContainsIgnoringCase(name, "secret")
            || ContainsIgnoringCase(name, "credential")))
        {
            return false;
        }

        var words = Split(name);
        var last = words.Count == 0 ? string.Empty : words[words.Count - 1];
        if (!HolderWords.Contains(last))
        {
            return false;
        }

        return last is not ("key" or "keys") || words.Count == 1 || !NotCredentialKeys.Contains(words[words.Count - 2]);
    }

    /// <summary>A collection whose values are keys: named as a key (<c>ApiKeys</c>) or as a holder of them (<c>TenantKeys</c>).</summary>
    public static bool IsKeyCollectionName(string? name) => IsKeyName(name) || IsCredentialHolderName(name);

    /// <summary>The name's last word makes it about a key (<c>HeaderName</c>, <c>ClientId</c>, <c>TokenUrl</c>), not one.</summary>
    public static bool SaysAboutAKey(string name)
    {
        var words = Split(name);
        return words.Count > 0 && NotAKeyLastWords.Contains(words[words.Count - 1]);
    }

    public static bool IsKeyName(string? name)
    {
        // Most names have none of the key words: answer without splitting.
        if (name is null || !(ContainsIgnoringCase(name, "key") || ContainsIgnoringCase(name, "token") || ContainsIgnoringCase(name, "secret")
            || ContainsIgnoringCase(name, "bearer") || ContainsIgnoringCase(name, "credential")))
        {
            return false;
        }

        var words = Split(name);
        if (words.Count == 0 || NotAKeyLastWords.Contains(words[words.Count - 1]))
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (KeyWords.Contains(words[i]))
            {
                return true;
            }

            if (words[i] is "key" or "keys" && i > 0 && KeyQualifiers.Contains(words[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsIgnoringCase(string text, string part) => text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Lower-case words of a name: split at camel-case humps, digits' edges and <c>_ - : . / space</c>.</summary>
    public static List<string> Split(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, current);
                continue;
            }

            if (current.Length > 0 && StartsNewWord(name, i))
            {
                Flush(words, current);
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush(words, current);
        return words;
    }

    private static bool StartsNewWord(string name, int i)
    {
        var previous = name[i - 1];
        var c = name[i];
        if (char.IsUpper(c))
        {
            // "apiKey" splits before K; "APIKey" splits before K (the last capital of a run starts the next word).
            return char.IsLower(previous) || char.IsDigit(previous)
                || (char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1]));
        }

        // "sha256" stays one word; "key2" does too: digits glued to letters don't make a word of their own.
        return false;
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
