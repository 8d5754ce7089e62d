using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenCx.Scopes.Analyzers.Credentials;

namespace OpenCx.Scopes.Tests.Credentials;

/// <summary>Shape alone: prefixes and JWTs anywhere, random tokens only where the place says key. Keys here are made up.</summary>
public sealed class KeyShapeTests
{
    [Theory]
    [InlineData("ocx_live_IhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7D")]
    [InlineData("ocx_test_xtpYlSXpfKtHF4vUCsMehGAkWvj7FAc9")]
    [InlineData("Bearer ocx_live_IhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7D")]
    [InlineData("https://api.opencx.com/v1/tags?api_key=ocx_live_IhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7D")]
    public void OpenCx_prefix_is_a_key_anywhere(string value) =>
        Assert.Equal(KeyEvidence.OpenCxPrefix, KeyShape.Judge(value, inKeyPlace: false, CredentialSettings.Default));

    [Theory]
    [InlineData("ocx_live_")]
    [InlineData("ocx_live_xxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("ocx_test_YOUR_KEY_GOES_HERE")]
    [InlineData("ocx_live_...")]
    [InlineData("ocx_live_<32 random characters>")]
    public void Prefix_placeholders_are_not_keys(string value) =>
        Assert.Equal(KeyEvidence.None, KeyShape.Judge(value, inKeyPlace: true, CredentialSettings.Default));

    [Fact]
    public void Prefix_must_start_a_token() =>
        Assert.Equal(KeyEvidence.None, KeyShape.Judge("xocx_live_IhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7D", inKeyPlace: false, CredentialSettings.Default));

    [Fact]
    public void Json_web_token_is_a_key_anywhere() =>
        Assert.Equal(
            KeyEvidence.JsonWebToken,
            KeyShape.Judge("Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJpbnRlZ3JhdGlvbi0xMjMifQ.c2lnbmF0dXJlLW1hZGUtdXAtZm9yLXRlc3Rz", false, CredentialSettings.Default));

    [Theory]
    [InlineData("u8jzPde0IgxLd6GncfBAepfJ")]
    [InlineData("k3J9xQ2mZ7pL")]
    [InlineData("Bearer xtpYlSXpfKtHF4vUCsMehGAkWvj7FAc9")]
    [InlineData("8h2MiUrGyJkhmO8Q1TJUoVW6Te/h9uTgnMBED/xekn8=")]
    [InlineData("593a3692b1544539a2e43326a96fad48df790a56")]
    [InlineData("1f0e8a52-3c4b-4a8e-9d6f-2b7c5e1a9d03")]
    [InlineData("q7w2k9z4m1x8c5v3")]
    public void Random_token_is_a_key_only_in_a_key_place(string value)
    {
        Assert.Equal(KeyEvidence.RandomValue, KeyShape.Judge(value, inKeyPlace: true, CredentialSettings.Default));
        Assert.Equal(KeyEvidence.None, KeyShape.Judge(value, inKeyPlace: false, CredentialSettings.Default));
    }

    [Theory]
    [InlineData("YOUR_API_KEY")]
    [InlineData("<api-key>")]
    [InlineData("xxxxxxxxxxxxxxxx")]
    [InlineData("changeme")]
    [InlineData("REDACTED")]
    [InlineData("********")]
    [InlineData("${OPENCX_API_KEY}")]
    [InlineData("{{api_key}}")]
    [InlineData("OPENCX_API_KEY")]
    [InlineData("OpenCx:ApiKey")]
    [InlineData("https://auth.opencx.com/oauth/token")]
    [InlineData("X-Api-Key")]
    [InlineData("The API key used to call OpenCX")]
    [InlineData("MySuperSecretPassword123")]
    [InlineData("OpenCxScopesSample")]
    [InlineData("projects/acme/secrets/opencx-api-key/versions/latest")]
    [InlineData("1234567890abcdef")]
    [InlineData("acme-your-key-here")]
    [InlineData("20240611123456789")]
    [InlineData("Bearer")]
    [InlineData("u8jzPde0Igx")]
    public void Placeholders_names_and_words_are_never_keys(string value) =>
        Assert.Equal(KeyEvidence.None, KeyShape.Judge(value, inKeyPlace: true, CredentialSettings.Default));

    [Theory]
    [InlineData("ApiKeyRotationJob", true)]
    [InlineData("bert-base-uncased", true)]
    [InlineData("dummy-token-for-tests", true)]
    [InlineData("u8jzPde0IgxLd6GncfBAepfJ", false)]
    [InlineData("IhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7D", false)]
    public void English_likeness(string token, bool english) => Assert.Equal(english, Randomness.IsEnglishLike(token));

    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer abc", "abc")]
    [InlineData("Basic dXNlcg==", "dXNlcg==")]
    [InlineData("abc def", "abc def")]
    [InlineData("abc", "abc")]
    public void Scheme_is_stripped(string value, string stripped) => Assert.Equal(stripped, KeyShape.StripScheme(value));

    [Theory]
    [InlineData("short")]
    [InlineData("a sentence with words in it")]
    [InlineData("")]
    public void Cheap_check_turns_away_what_can_never_be_a_key(string value) => Assert.False(KeyShape.MightHoldKey(value));

    // The analyzer judges a literal once, in a key place, and derives the verdict for its real place from that.
    [Fact]
    public void Verdict_in_a_place_follows_from_the_verdict_in_a_key_place()
    {
        var values = KeyCorpus.Original.Lines.Concat(KeyCorpus.HeldOut.Lines)
            .SelectMany(line => CSharpSyntaxTree.ParseText(line.Code).GetRoot().DescendantTokens())
            .Where(token => token.IsKind(SyntaxKind.StringLiteralToken))
            .Select(token => token.ValueText)
            .Concat(new[] { "api_key=u8jzPde0IgxLd6GncfBAepfJ", "https://svc:u8jzPde0IgxLd6GncfBAepfJ@host/" })
            .ToList();
        Assert.Contains(values, value => KeyShape.Judge(value, inKeyPlace: true, CredentialSettings.Default) == KeyEvidence.RandomValue
            && KeyShape.Judge(value, inKeyPlace: false, CredentialSettings.Default) == KeyEvidence.NamedInText);

        foreach (var value in values)
        {
            var inKeyPlace = KeyShape.Judge(value, inKeyPlace: true, CredentialSettings.Default);
            foreach (var place in new[] { true, false })
            {
                Assert.Equal(KeyShape.Judge(value, place, CredentialSettings.Default), KeyShape.InPlace(inKeyPlace, value, place));
            }
        }
    }
}

