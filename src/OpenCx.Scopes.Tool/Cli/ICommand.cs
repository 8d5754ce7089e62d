namespace OpenCx.Scopes.Tool.Cli;

/// <summary>One command of opencx, such as <c>key new</c>.</summary>
internal interface ICommand
{
    /// <summary>The words after <c>opencx</c> that name it.</summary>
    string Name { get; }

    /// <summary>One line for the list of commands.</summary>
    string Summary { get; }

    /// <summary>Its --help: usage, options and examples.</summary>
    string Help { get; }

    string[] ValueOptions { get; }

    string[] FlagOptions { get; }

    int Run(Arguments arguments, ToolConsole console);
}
