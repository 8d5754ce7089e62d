using System;

namespace OpenCx.Scopes.Tool.Cli;

/// <summary>Stops a command with a message for standard error and an exit code; never shown as a stack trace.</summary>
internal sealed class ToolException(string message, int exitCode = ExitCodes.BadInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    /// <summary>Bad usage: the message, then where to read how the command is used.</summary>
    public static ToolException Usage(string message, string command) =>
        new($"{message}\nRun 'opencx {command} --help' for how to use it.");
}
