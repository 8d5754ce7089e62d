using OpenCx.Scopes.Tool.Tests.Infrastructure;

namespace OpenCx.Scopes.Tool.Tests;

public sealed class KeyHashTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("abc\n")]
    [InlineData("  abc\r\n")]
    public void The_key_on_standard_input_is_hashed_to_lower_case_hex_SHA256(string stdin)
    {
        var result = Opencx.RunIn(".", stdin, "key", "hash");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n", result.Out);
    }

    [Fact]
    public void The_hash_is_the_one_key_new_configures()
    {
        var made = Opencx.Run("key", "new", "--name", "x", "--full-access", "--format", "env");

        var hash = Opencx.RunIn(".", made.OutLines[0] + "\n", "key", "hash");

        Assert.Equal($"OpenCx__ApiKeys__0__Sha256={hash.Out.Trim()}", made.OutLines[2]);
    }

    [Theory]
    [InlineData("", "No key on standard input.")]
    [InlineData(" \n\n", "No key on standard input.")]
    [InlineData("one\ntwo\n", "more than one line")]
    public void Empty_or_several_lines_of_input_is_bad_input(string stdin, string message)
    {
        var result = Opencx.RunIn(".", stdin, "key", "hash");

        result.ShouldFailWith(2, message);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_key_on_the_command_line_is_refused()
    {
        var result = Opencx.RunIn(".", "", "key", "hash", "ocx_live_abc");

        result.ShouldFailWith(2, "read from standard input");
    }
}
