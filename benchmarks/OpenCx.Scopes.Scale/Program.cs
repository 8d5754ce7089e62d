using System;
using System.IO;
using OpenCx.Scopes.Scale;

var (options, output) = ScaleOptions.Parse(args);
var service = new SyntheticService(options);
var files = 0;
foreach (var (path, text) in service.Files())
{
    var full = Path.Combine(output, path);
    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
    File.WriteAllText(full, text);
    files++;
}

Console.WriteLine($"{output}: {options.Controllers} controllers x {options.ActionsPerController} actions, "
    + $"{options.MinimalEndpoints} minimal-API endpoints in {options.RouteGroups} groups, {files} files, {service.Lines} lines, {service.Literals} string literals ({options.Case.ToString().ToLowerInvariant()} case)");
