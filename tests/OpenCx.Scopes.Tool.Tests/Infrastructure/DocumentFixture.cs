using System.IO;
using System.Threading.Tasks;
using OpenCx.Scopes.OpenApi.Tests.App;

namespace OpenCx.Scopes.Tool.Tests.Infrastructure;

/// <summary>The scoped app of the OpenAPI tests on Kestrel, its /openapi/v1.json served and saved to a file.</summary>
public sealed class DocumentFixture : IAsyncLifetime
{
    private ScopedApp app = null!;

    public string Url { get; private set; } = null!;

    public string File { get; private set; } = null!;

    public int OperationCount => app.OperationCount;

    public async Task InitializeAsync()
    {
        app = await ScopedApp.StartAsync();
        Url = app.DocumentUri.ToString();
        File = Path.Combine(Directory.CreateTempSubdirectory("opencx-tool-").FullName, "openapi.json");
        await System.IO.File.WriteAllTextAsync(File, await app.DocumentTextAsync());
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(File)!, recursive: true);
    }
}
