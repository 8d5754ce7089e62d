using System;
using System.Collections.Generic;
using System.Linq;
using OpenCx.Scopes.Tool.Commands;

namespace OpenCx.Scopes.Tool.Cli;

/// <summary>Finds the command the arguments name and runs it; every failure is a message and an exit code.</summary>
internal static class CommandLine
{
    public static readonly ICommand[] Commands = [new KeyNewCommand(), new KeyHashCommand(), new ScopesNeededCommand(), new ScopesReportCommand()];

    public static int Run(IReadOnlyList<string> args, ToolConsole console)
    {
        try
        {
            return Dispatch(args, console);
        }
        catch (ToolException problem)
        {
            foreach (var line in problem.Message.Split('\n'))
            {
                console.Error.WriteLine("opencx: " + line);
            }

            return problem.ExitCode;
        }
        catch (Exception unexpected) when (unexpected is not OutOfMemoryException)
        {
            // Never a stack trace: whatever went wrong is said in one line.
            console.Error.WriteLine($"opencx: {unexpected.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static int Dispatch(IReadOnlyList<string> args, ToolConsole console)
    {
        if (args.Count == 1 && args[0] == "--version")
        {
            console.Out.WriteLine(typeof(CommandLine).Assembly.GetName().Version?.ToString(3));
            return ExitCodes.Ok;
        }

        var command = Commands.FirstOrDefault(c => StartsWith(args, c.Name.Split(' ')));
        if (command is null)
        {
            return Overview(args, console);
        }

        var rest = args.Skip(command.Name.Split(' ').Length).ToList();
        var arguments = Arguments.Parse(rest, command.Name, command.ValueOptions, command.FlagOptions);
        if (arguments.WantsHelp)
        {
            console.Out.Write(command.Help);
            return ExitCodes.Ok;
        }

        return command.Run(arguments, console);
    }

    /// <summary>The list of commands (of a group such as <c>key</c>), for --help or for words that name no command.</summary>
    private static int Overview(IReadOnlyList<string> args, ToolConsole console)
    {
        var group = args.Count > 0 && Commands.Any(c => c.Name.StartsWith(args[0] + " ", StringComparison.Ordinal)) ? args[0] : null;
        var words = args.Skip(group is null ? 0 : 1).ToList();
        var wantsHelp = words.Count == 1 && words[0] is "-h" or "--help" or "-?";
        var text = "Usage: opencx <command> [options]\n\nCommands:\n"
            + string.Concat(Commands.Where(c => group is null || c.Name.StartsWith(group + " ", StringComparison.Ordinal))
                .Select(c => $"  {c.Name,-16}{c.Summary}\n"))
            + "\nRun 'opencx <command> --help' for its options and examples.\n"
            + "Exit codes: 0 ok, 1 a finding (such as an operation the document does not have), 2 bad usage or input.\n";
        if (wantsHelp)
        {
            console.Out.Write(text);
            return ExitCodes.Ok;
        }

        console.Error.Write(words.Count == 0 ? text : $"opencx: '{string.Join(' ', args)}' is not a command.\n\n{text}");
        return ExitCodes.BadInput;
    }

    private static bool StartsWith(IReadOnlyList<string> args, string[] words) =>
        args.Count >= words.Length && words.Select((word, i) => args[i] == word).All(match => match);
}
