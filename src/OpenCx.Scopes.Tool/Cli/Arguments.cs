using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenCx.Scopes.Tool.Cli;

/// <summary>A command's options and operands, parsed against the options it knows.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, List<string>> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);
    private readonly string command;

    private Arguments(string command) => this.command = command;

    public List<string> Operands { get; } = [];

    public bool WantsHelp => flags.Contains("--help");

    /// <summary>Reads <c>--name value</c>, <c>--name=value</c>, flags and operands; <c>--</c> ends the options.</summary>
    public static Arguments Parse(IReadOnlyList<string> args, string command, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        var parsed = new Arguments(command);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                parsed.Operands.AddRange(args.Skip(i + 1));
                break;
            }

            if (arg is "-h" or "--help" or "-?")
            {
                parsed.flags.Add("--help");
                continue;
            }

            if (!arg.StartsWith('-') || arg == "-")
            {
                parsed.Operands.Add(arg);
                continue;
            }

            var (name, inlineValue) = arg.IndexOf('=') is var equals and > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
            if (flagOptions.Contains(name) && inlineValue is null)
            {
                parsed.flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw ToolException.Usage($"{name} needs a value.", command));
                parsed.Add(name, value);
            }
            else
            {
                throw ToolException.Usage($"Unknown option '{name}'.", command);
            }
        }

        return parsed;
    }

    public bool Has(string flag) => flags.Contains(flag);

    public IReadOnlyList<string> All(string option) => values.TryGetValue(option, out var list) ? list : [];

    /// <summary>The option's value, or null when it is not given; given twice is bad usage.</summary>
    public string? Single(string option)
    {
        var list = All(option);
        return list.Count switch
        {
            0 => null,
            1 => list[0],
            _ => throw ToolException.Usage($"{option} is given {list.Count} times; give it once.", command),
        };
    }

    /// <summary>The option's value, one of <paramref name="allowed"/>, else <paramref name="fallback"/>.</summary>
    public string OneOf(string option, string fallback, params string[] allowed)
    {
        var value = Single(option) ?? fallback;
        return allowed.Contains(value, StringComparer.OrdinalIgnoreCase)
            ? value.ToLowerInvariant()
            : throw ToolException.Usage($"{option} is {string.Join(", ", allowed.SkipLast(1))} or {allowed[^1]}, not '{value}'.", command);
    }

    private void Add(string option, string value)
    {
        if (!values.TryGetValue(option, out var list))
        {
            values[option] = list = [];
        }

        list.Add(value);
    }
}
