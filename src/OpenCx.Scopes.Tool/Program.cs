using System;
using System.IO;
using OpenCx.Scopes.Tool.Cli;

namespace OpenCx.Scopes.Tool;

internal static class Program
{
    private static int Main(string[] args) =>
        CommandLine.Run(args, new ToolConsole(Console.In, Console.Out, Console.Error, Directory.GetCurrentDirectory()));
}
