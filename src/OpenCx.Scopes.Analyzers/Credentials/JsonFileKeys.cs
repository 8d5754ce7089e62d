using System;
using System.Collections.Generic;
using OpenCx.Scopes.Catalog;
using Microsoft.CodeAnalysis.Text;

namespace OpenCx.Scopes.Analyzers.Credentials;

/// <summary>
/// Keys in <c>appsettings*.json</c> and <c>launchSettings.json</c>, read with the catalog's reader (comments and trailing
/// commas allowed). Each string value is judged under its configuration path (<c>OpenCx:ApiKey</c>); a value under a key
/// name, or in a section named for keys, is a key when it looks random. The run-time package's own <c>Sha256</c> hashes are not keys.
/// </summary>
internal static class JsonFileKeys
{
    public static IEnumerable<FileKey> Find(SourceText text, CredentialSettings settings)
    {
        var content = text.ToString();
        var parsed = JsonReader.Parse(content);
        var found = new List<FileKey>();
        if (parsed.Root is not null)
        {
            Walk(parsed.Root, new List<string>(), content, settings, found);
        }

        return found;
    }

    private static void Walk(JsonNode node, List<string> path, string content, CredentialSettings settings, List<FileKey> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj.Properties)
                {
                    path.Add(property.Name);
                    Walk(property.Value, path, content, settings, found);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Items.Length; i++)
                {
                    path.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Walk(array.Items[i], path, content, settings, found);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            case JsonString value when path.Count > 0 && Judge(value, path, content, settings) is { } key:
                found.Add(key);
                break;
        }
    }

    private static FileKey? Judge(JsonString value, List<string> path, string content, CredentialSettings settings)
    {
        var name = path[path.Count - 1];
        if (string.Equals(name, "Sha256", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var section = path.Count > 1 ? path[path.Count - 2] : null;
        var namedAsKey = NameWords.IsKeyName(name);
        var inKeySection = !namedAsKey && NameWords.IsKeyCollectionName(section) && !NameWords.SaysAboutAKey(name);
        var role = namedAsKey ? "named as a key" : "in a section named for keys";

        // The value as written, between the quotes: spans point into it only when no escape changed its length.
        var inner = new TextSpan(value.Span.Start + 1, Math.Max(0, value.Span.Length - 2));
        var exact = content.Substring(inner.Start, inner.Length) == value.Value;
        var key = FileKey.Judge(value.Value, inner.Start, string.Join(":", path), namedAsKey || inKeySection, role, settings);
        return key is null || exact ? key : new FileKey(inner, key.Setting, key.Evidence, key.Role);
    }
}
