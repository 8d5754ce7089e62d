using OpenCx.Scopes.Analyzers.Credentials;

namespace OpenCx.Scopes.Tests.Credentials;

public sealed class NameWordsTests
{
    [Theory]
    [InlineData("apiKey", "api key")]
    [InlineData("APIKeyHeaderName", "api key header name")]
    [InlineData("OpenCx:ApiKeys:0:Sha256", "open cx api keys 0 sha256")]
    [InlineData("X-Api-Key", "x api key")]
    [InlineData("OPENCX_API_KEY", "opencx api key")]
    [InlineData("_bearerToken", "bearer token")]
    public void Splits_at_humps_and_separators(string name, string words) =>
        Assert.Equal(words, string.Join(" ", NameWords.Split(name)));

    [Theory]
    [InlineData("ApiKey")]
    [InlineData("apiKey")]
    [InlineData("_apiKey")]
    [InlineData("API_KEY")]
    [InlineData("Token")]
    [InlineData("bearerToken")]
    [InlineData("accessToken")]
    [InlineData("ClientSecret")]
    [InlineData("Credentials")]
    [InlineData("OpenCx:ApiKey")]
    [InlineData("SubscriptionKey")]
    [InlineData("ApiKeyBytes")]
    [InlineData("apikey")]
    public void Key_names(string name) => Assert.True(NameWords.IsKeyName(name));

    [Theory]
    [InlineData("ApiKeyHeaderName")]
    [InlineData("ApiKeyId")]
    [InlineData("TokenEndpoint")]
    [InlineData("AccessTokenUrl")]
    [InlineData("SecretName")]
    [InlineData("ApiKeySha256")]
    [InlineData("ApiKeyHash")]
    [InlineData("CertificateThumbprint")]
    [InlineData("ApiKeyPrefix")]
    [InlineData("TokenType")]
    [InlineData("CacheKey")]
    [InlineData("PartitionKey")]
    [InlineData("Key")]
    [InlineData("tokenizer")]
    [InlineData("Monkey")]
    [InlineData("")]
    public void Not_key_names(string name) => Assert.False(NameWords.IsKeyName(name));
}
