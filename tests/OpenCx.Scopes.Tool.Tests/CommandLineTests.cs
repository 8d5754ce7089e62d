using OpenCx.Scopes.Tool.Tests.Infrastructure;

namespace OpenCx.Scopes.Tool.Tests;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("key new", "opencx key new --name crm-sync --scope contacts:read")]
    [InlineData("key hash", "opencx key hash < crm-sync.key")]
    [InlineData("scopes needed", "opencx scopes needed --openapi openapi.json \"GET /contacts\"")]
    [InlineData("scopes report", "opencx scopes report --openapi")]
    public void Every_command_has_help_with_examples(string command, string example)
    {
        var result = Opencx.Run([.. command.Split(' '), "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Usage: opencx " + command, result.Out);
        Assert.Contains("Examples:", result.Out);
        Assert.Contains(example, result.Out);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_lists_every_command_and_the_exit_codes(string option)
    {
        var result = Opencx.Run(option);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("key new", result.Out);
        Assert.Contains("scopes report", result.Out);
        Assert.Contains("Exit codes: 0 ok, 1 a finding", result.Out);
    }

    [Fact]
    public void No_command_prints_the_usage_as_bad_usage()
    {
        var result = Opencx.Run();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage: opencx <command>", result.Error);
    }

    [Theory]
    [InlineData("keys")]
    [InlineData("key", "make")]
    [InlineData("scopes", "--bogus")]
    public void An_unknown_command_is_bad_usage(params string[] args)
    {
        Opencx.Run(args).ShouldFailWith(2, "is not a command");
    }
}
