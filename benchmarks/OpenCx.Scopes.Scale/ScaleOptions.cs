using System;
using System.Globalization;

namespace OpenCx.Scopes.Scale;

/// <summary>
/// How big a synthetic service is. Size 1 is the reference project: 2,000 controller actions,
/// 2,000 minimal-API endpoints and 20,000 string literals; --scale multiplies every count.
/// </summary>
public sealed record ScaleOptions
{
    public int Controllers { get; init; } = 200;

    public int ActionsPerController { get; init; } = 10;

    public int MinimalEndpoints { get; init; } = 2000;

    public int RouteGroups { get; init; } = 100;

    public int Files { get; init; } = 300;

    public int StringLiterals { get; init; } = 20000;

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
        var options = new ScaleOptions();
        var output = "SyntheticService";
        var scale = 1.0;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
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

    private static int Scaled(int value, double scale) => Math.Max(1, (int)Math.Round(value * scale));
}
