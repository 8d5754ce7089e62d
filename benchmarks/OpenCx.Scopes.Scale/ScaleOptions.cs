using System;
using System.Globalization;

namespace OpenCx.Scopes.Scale;

/// <summary>What the code of a synthetic service is made of.</summary>
public enum ServiceCase
{
    /// <summary>Denser than real: half the code is endpoints, a third of the lines are string literals.</summary>
    Dense,

    /// <summary>As a user meets it: one endpoint in five methods, one string literal in twenty lines.</summary>
    Realistic,
}

/// <summary>
/// How big a synthetic service is. Size 1 of the dense case is the reference project: 2,000 controller
/// actions, 2,000 minimal-API endpoints and 20,000 string literals; the realistic case at size 1 has about as
/// many lines, with 400 actions, 400 endpoints and four plain methods for each endpoint. --scale multiplies every count.
/// </summary>
public sealed record ScaleOptions
{
    public static readonly ScaleOptions Realistic = new()
    {
        Case = ServiceCase.Realistic, Controllers = 40, MinimalEndpoints = 400, RouteGroups = 20, PlainMethodsPerEndpoint = 4,
    };

    public ServiceCase Case { get; init; } = ServiceCase.Dense;

    public int Controllers { get; init; } = 200;

    public int ActionsPerController { get; init; } = 10;

    public int MinimalEndpoints { get; init; } = 2000;

    public int RouteGroups { get; init; } = 100;

    public int Files { get; init; } = 300;

    /// <summary>Dense case: the string literals of the whole service, the rest in files of constants.</summary>
    public int StringLiterals { get; init; } = 20000;

    /// <summary>Realistic case: ordinary methods (loops, LINQ, logging) for each endpoint; literals then come one in twenty lines.</summary>
    public int PlainMethodsPerEndpoint { get; init; }

    public ScaleOptions Times(double scale) => this with
    {
        Controllers = Scaled(Controllers, scale),
        MinimalEndpoints = Scaled(MinimalEndpoints, scale),
        RouteGroups = Scaled(RouteGroups, scale),
        Files = Scaled(Files, scale),
        StringLiterals = Scaled(StringLiterals, scale),
    };

    public static (ScaleOptions Options, string Output) Parse(string[] args)
    {
        var options = For(ParseCase(Option(args, "--case") ?? "dense"));
        var output = "SyntheticService";
        var scale = 1.0;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--case": break;
                case "--out": output = value; break;
                case "--scale": scale = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--controllers": options = options with { Controllers = int.Parse(value, CultureInfo.InvariantCulture) }; break;
                case "--actions": options = options with { ActionsPerController = int.Parse(value, CultureInfo.InvariantCulture) }; break;
                case "--endpoints": options = options with { MinimalEndpoints = int.Parse(value, CultureInfo.InvariantCulture) }; break;
                case "--groups": options = options with { RouteGroups = int.Parse(value, CultureInfo.InvariantCulture) }; break;
                case "--files": options = options with { Files = int.Parse(value, CultureInfo.InvariantCulture) }; break;
                case "--literals": options = options with { StringLiterals = int.Parse(value, CultureInfo.InvariantCulture) }; break;
                default: throw new ArgumentException($"unknown option {args[i]}; see README.md in benchmarks/");
            }
        }

        return (options.Times(scale), output);
    }

    public static ScaleOptions For(ServiceCase serviceCase) => serviceCase == ServiceCase.Realistic ? Realistic : new ScaleOptions();

    public static ServiceCase ParseCase(string text) => text switch
    {
        "dense" => ServiceCase.Dense,
        "realistic" => ServiceCase.Realistic,
        _ => throw new ArgumentException($"unknown case {text}: dense or realistic"),
    };

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int Scaled(int value, double scale) => Math.Max(1, (int)Math.Round(value * scale));
}
