using System.IO;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A configuration provider whose keys a test replaces while the app runs, signalling the change the way a file or
/// vault provider does (<see cref="ConfigurationProvider.OnReload"/>). <see cref="Publish"/> returns once every
/// listener has run.
/// </summary>
internal sealed class ReloadableKeys : IConfigurationSource
{
    private readonly Provider provider;

    public ReloadableKeys(KeyConfiguration initial) => provider = new Provider(new JsonStreamConfigurationSource { Stream = Utf8(initial.ToJson()) });

    public IConfigurationProvider Build(IConfigurationBuilder builder) => provider;

    public void Publish(KeyConfiguration keys) => Publish(keys.ToJson());

    public void Publish(string json)
    {
        provider.Load(Utf8(json));
        provider.Reload();
    }

    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));

    private sealed class Provider(JsonStreamConfigurationSource source) : JsonStreamConfigurationProvider(source)
    {
        public void Reload() => OnReload();
    }
}
