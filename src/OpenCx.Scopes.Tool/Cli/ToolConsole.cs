using System.IO;

namespace OpenCx.Scopes.Tool.Cli;

/// <summary>Where a command reads and writes: the process's streams, or strings in tests.</summary>
internal sealed record ToolConsole(TextReader In, TextWriter Out, TextWriter Error, string CurrentDirectory);
