using System;
using System.IO;

namespace OpenCx.Scopes.Tool.Cli;

/// <summary>Reads a file the user named; a file that is missing or can't be read is bad input, said in one line.</summary>
internal static class InputFile
{
    /// <param name="path">The full path.</param>
    /// <param name="description">What the file is, as the message names it: "The catalog 'x.json'".</param>
    public static string Read(string path, string description)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            throw new ToolException(problem is FileNotFoundException or DirectoryNotFoundException
                ? $"{description} does not exist."
                : $"{description} can't be read: {problem.Message}");
        }
    }
}
