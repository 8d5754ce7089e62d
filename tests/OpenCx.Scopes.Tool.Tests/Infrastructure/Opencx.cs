using System.IO;
using OpenCx.Scopes.Tool.Cli;

namespace OpenCx.Scopes.Tool.Tests.Infrastructure;

public sealed record ToolResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Bad input ends in a message, never in a stack trace.</summary>
    public void ShouldFailWith(int exitCode, string message)
    {
        Assert.Equal(exitCode, ExitCode);
        Assert.Contains(message, Error);
        Assert.DoesNotContain("   at ", Error);
        Assert.DoesNotContain("Exception", Error);
    }
}

/// <summary>Runs opencx in the test process, with standard input and the current directory given.</summary>
internal static class Opencx
{
    public static ToolResult Run(params string[] args) => RunIn(Path.GetTempPath(), stdin: "", args);

    public static ToolResult RunIn(string directory, string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CommandLine.Run(args, new ToolConsole(new StringReader(stdin), output, error, directory));
        return new ToolResult(exitCode, output.ToString(), error.ToString());
    }
}
