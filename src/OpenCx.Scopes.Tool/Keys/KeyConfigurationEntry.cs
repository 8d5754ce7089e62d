using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCx.Scopes.Tool.Keys;

/// <summary>One entry of <c>OpenCx:ApiKeys</c>, written as JSON or as environment variables.</summary>
internal sealed record KeyConfigurationEntry(string Name, string Sha256, IReadOnlyList<string>? Scopes)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public bool FullAccess => Scopes is null;

    public string ToJson()
    {
        var entry = new JsonObject { ["Name"] = Name, ["Sha256"] = Sha256 };
        if (FullAccess)
        {
            entry["FullAccess"] = true;
        }
        else
        {
            entry["Scopes"] = new JsonArray(Scopes!.Select(scope => (JsonNode?)scope).ToArray());
        }

        return entry.ToJsonString(Indented);
    }

    /// <summary><c>OpenCx__ApiKeys__N__Name=…</c> lines, as ASP.NET Core configuration reads them from the environment.</summary>
    public IEnumerable<string> ToEnvironment(int index)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"OpenCx__ApiKeys__{index}__");
        yield return $"{prefix}Name={Name}";
        yield return $"{prefix}Sha256={Sha256}";
        if (FullAccess)
        {
            yield return $"{prefix}FullAccess=true";
            yield break;
        }

        for (var i = 0; i < Scopes!.Count; i++)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{prefix}Scopes__{i}={Scopes[i]}");
        }
    }
}
