using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>What counts as a well-formed key: an RFC 6750 b64token of at most 512 characters.</summary>
public sealed class BearerCredentialTests
{
    [Theory]
    [InlineData("ocx_live_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789")]
    [InlineData("a-b.c_d~e+f/g")]
    [InlineData("abc=")]
    [InlineData("abc===")]
    [InlineData("Z")]
    public void A_token_is_hashed(string key)
    {
        var sha256 = new byte[32];

        var kind = BearerCredential.Read(new StringValues("Bearer " + key), sha256);

        Assert.Equal(CredentialKind.Present, kind);
        Assert.Equal(SHA256.HashData(Encoding.ASCII.GetBytes(key)), sha256);
    }

    [Theory]
    [InlineData("=")]
    [InlineData("=abc")]
    [InlineData("ab=c")]
    [InlineData("ab,c")]
    [InlineData("ab\"c")]
    [InlineData("ab\tc")]
    [InlineData("abcé")]
    [InlineData("ab\u0663c")] // an Arabic-Indic digit: a digit, but not an ASCII one
    [InlineData("ab\uff21c")] // a full-width letter
    public void Anything_else_is_malformed(string key)
    {
        var sha256 = new byte[32];

        Assert.Equal(CredentialKind.Malformed, BearerCredential.Read(new StringValues("Bearer " + key), sha256));
        Assert.Equal(new byte[32], sha256);
    }
}
