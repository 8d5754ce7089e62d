using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace OpenCx.Scopes.IntegrationTests;

/// <summary>The opencx tool installed from the test feed with `dotnet tool install --tool-path`, as a user installs it.</summary>
public sealed class InstalledTool
{
    private readonly string executable;

    private InstalledTool(string executable) => this.executable = executable;

    public static (InstalledTool? Tool, CommandResult Install) Install(PackageFeed feed)
    {
        var toolPath = Path.Combine(feed.Root, "tools");
        var install = DotNet.Run(
            feed.Root,
            $"tool install --tool-path \"{toolPath}\" --add-source \"{feed.Feed}\" OpenCx.Scopes.Tool --version {PackageFeed.Version}",
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = feed.PackagesFolder });
        var executable = Path.Combine(toolPath, System.OperatingSystem.IsWindows() ? "opencx.exe" : "opencx");
        return (install.ExitCode == 0 && File.Exists(executable) ? new InstalledTool(executable) : null, install);
    }

    /// <summary>Runs opencx; standard output and standard error apart, as scripts see them.</summary>
    public (int ExitCode, string Out, string Error) Run(string arguments, string? stdin = null)
    {
        var start = new ProcessStartInfo(executable, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(stdin ?? string.Empty);
        process.StandardInput.Close();
        var error = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.AppendLine(e.Data); } } };
        process.BeginErrorReadLine();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.ToString());
    }
}
