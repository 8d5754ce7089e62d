using System.Collections.Generic;
using System.Text.Json;

namespace OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

/// <summary>Writes the <c>OpenCx:ApiKeys</c> JSON an app reads, one entry per key, exactly as a user would.</summary>
internal sealed class KeyConfiguration
{
    private readonly List<Dictionary<string, object>> entries = new();

    public TestKey Scoped(string name, params string[] scopes) => Add(name, ("Scopes", scopes));

    public TestKey FullAccess(string name) => Add(name, ("FullAccess", true));

    public TestKey Legacy(string name) => Add(name);

    public TestKey Revoked(string name, params string[] scopes) => Add(name, ("Scopes", scopes), ("Revoked", true));

    public TestKey Add(string name, params (string Property, object Value)[] properties) => Add(TestKey.Create(name), properties);

    /// <summary>Lists a key made for another key set: the same key, as the next version of the configuration has it.</summary>
    public TestKey Add(TestKey key, params (string Property, object Value)[] properties)
    {
        var entry = new Dictionary<string, object> { ["Name"] = key.Name, ["Sha256"] = key.Sha256 };
        foreach (var (property, value) in properties)
        {
            entry[property] = value;
        }

        entries.Add(entry);
        return key;
    }

    public void AddRaw(Dictionary<string, object> entry) => entries.Add(entry);

    public string ToJson() => JsonSerializer.Serialize(new { OpenCx = new { ApiKeys = entries } });
}
