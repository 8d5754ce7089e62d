using System.IO;

namespace OpenCx.Scopes.Tests.Infrastructure;

internal static class RepositoryRoot
{
    /// <summary>The folder holding OpenCx.Scopes.sln, found from the test's output folder.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "OpenCx.Scopes.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("OpenCx.Scopes.sln not found above " + System.AppContext.BaseDirectory);
    }
}
