using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using OpenCx.Scopes.Analyzers.Rules;
using OpenCx.Scopes.Tests.Credentials;
using OpenCx.Scopes.Tests.Infrastructure;
using Verifier = OpenCx.Scopes.Tests.Infrastructure.Verify<OpenCx.Scopes.Analyzers.Rules.HardCodedApiKeyAnalyzer>;

namespace OpenCx.Scopes.Tests.Rules;

/// <summary>OCX0003 on whole programs: where it reports, what the message says, what it leaves alone. The corpus tests cover breadth.</summary>
public sealed class HardCodedApiKeyTests
{
    // Made-up keys: random characters, no real vendor's format.
    private const string RandomKey = "u8jzPde0IgxLd6GncfBAepfJ";
    private const string OtherRandomKey = "xtpYlSXpfKtHF4vUCsMehGAkWvj7FAc9";
    private const string OpenCxKey = "ocx_live_IhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7D";

    private const string Usings = "using System; using System.Collections.Generic; using System.Net.Http; using System.Net.Http.Headers; using System.Text; using Microsoft.Extensions.Configuration;\n";

    private const string AcmeClient = "\nsealed class AcmeClient { public AcmeClient(string apiKey) { } }";

    [Fact]
    public Task OpenCx_key_is_reported_at_the_literal_whatever_the_field_is_called() =>
        Verifier.AnalyzerAsync(
            $$"""
            class Settings { private const string {|#1:Fallback|} = {|#0:"{{OpenCxKey}}"|}; }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Field 'Fallback'", "it has an OpenCX key prefix"));

    // The analyzer reads a string literal's value from its token: raw and verbatim literals must give the same value.
    [Fact]
    public Task Keys_in_raw_and_verbatim_literals_are_reported() =>
        Verifier.AnalyzerAsync(
            "class Settings\n{\n"
            + $"    private const string {{|#1:Raw|}} = {{|#0:\"\"\"{OpenCxKey}\"\"\"|}};\n"
            + $"    private const string {{|#3:MultiLine|}} = {{|#2:\"\"\"\n        {OpenCxKey}\n        \"\"\"|}};\n"
            + $"    public string {{|#5:ApiKey|}} {{ get; set; }} = {{|#4:@\"{RandomKey}\"|}};\n"
            + "}",
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Field 'Raw'", "it has an OpenCX key prefix"),
            Verifier.Diagnostic().WithLocation(2).WithLocation(3).WithArguments("Field 'MultiLine'", "it has an OpenCX key prefix"),
            Verifier.Diagnostic().WithLocation(4).WithLocation(5).WithArguments("Property 'ApiKey'", "a random-looking value named as a key"));

    // Only string literals are judged: numbers, characters, null and booleans never are, whatever the field is called.
    [Fact]
    public Task Literals_that_are_not_strings_are_left_alone() =>
        Verifier.AnalyzerAsync(
            """
            class Settings
            {
                private const long ApiKey = 8812739912884412;
                private const char TokenSeparator = ':';
                private static readonly string? Secret = null;
                private const bool UseApiKey = true;
            }
            """);

    [Fact]
    public Task Random_value_in_a_field_named_as_a_key_is_reported() =>
        Verifier.AnalyzerAsync(
            $$"""
            class Settings { public string {|#1:ApiKey|} { get; set; } = {|#0:"{{RandomKey}}"|}; }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Property 'ApiKey'", "a random-looking value named as a key"));

    [Fact]
    public Task Value_given_to_AuthenticationHeaderValue_is_reported_with_the_sink_as_additional_location() =>
        Verifier.AnalyzerAsync(
            Usings + $$"""
            class C { void Call(HttpClient client) { client.DefaultRequestHeaders.Authorization = {|#1:new AuthenticationHeaderValue("Bearer", {|#0:"{{RandomKey}}"|})|}; } }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("The Authorization header", "a random-looking value given to AuthenticationHeaderValue"));

    [Fact]
    public Task Bearer_header_added_by_name_is_reported_after_stripping_the_scheme() =>
        Verifier.AnalyzerAsync(
            Usings + $$"""
            class C { void Call(HttpRequestMessage request) { {|#1:request.Headers.TryAddWithoutValidation("Authorization", {|#0:"Bearer {{RandomKey}}"|})|}; } }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Header 'Authorization'", "a random-looking value sent in the 'Authorization' header"));

    [Fact]
    public Task Static_readonly_field_is_followed_to_each_header_it_is_sent_in() =>
        Verifier.AnalyzerAsync(
            Usings + $$"""
            class C
            {
                static readonly string Primary = {|#0:"{{RandomKey}}"|};
                void Call(HttpClient client) => {|#1:client.DefaultRequestHeaders.Add("X-Api-Key", Primary)|};
                void Again(HttpClient client) => {|#2:client.DefaultRequestHeaders.Add("Authorization", Primary)|};
            }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Field 'Primary'", "a random-looking value sent in the 'X-Api-Key' header"),
            Verifier.Diagnostic().WithLocation(0).WithLocation(2).WithArguments("Field 'Primary'", "a random-looking value sent in the 'Authorization' header"));

    [Fact]
    public Task Fallback_of_a_coalesce_is_followed_through_a_local() =>
        Verifier.AnalyzerAsync(
            Usings + $$"""
            class C
            {
                void Call(HttpClient client)
                {
                    var key = Environment.GetEnvironmentVariable("OPENCX_API_KEY") ?? {|#0:"{{RandomKey}}"|};
                    {|#1:client.DefaultRequestHeaders.Add("X-Api-Key", key)|};
                }
            }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Local 'key'", "a random-looking value sent in the 'X-Api-Key' header"));

    [Fact]
    public Task Local_assigned_twice_is_not_followed() =>
        Verifier.AnalyzerAsync(
            Usings + $$"""
            class C
            {
                void Call(HttpClient client, bool live)
                {
                    var key = "{{RandomKey}}";
                    if (live) { key = Environment.GetEnvironmentVariable("OPENCX_API_KEY")!; }
                    client.DefaultRequestHeaders.Add("X-Api-Key", key);
                }
            }
            """);

    [Fact]
    public Task Argument_bound_to_an_apiKey_parameter_is_reported() =>
        Verifier.AnalyzerAsync(
            $$"""
            class C { AcmeClient Make() => {|#1:new AcmeClient({|#0:"{{RandomKey}}"|})|}; }
            """ + AcmeClient,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Parameter 'apiKey' of 'AcmeClient'", "a random-looking value passed as a key parameter"));

    [Fact]
    public Task Configuration_entry_named_as_a_key_is_reported() =>
        Verifier.AnalyzerAsync(
            Usings + $$"""
            class C { void Seed(IConfiguration configuration) { {|#1:configuration["OpenCx:ApiKey"] = {|#0:"{{OtherRandomKey}}"|}|}; } }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Entry 'OpenCx:ApiKey'", "a random-looking value stored under a key name"));

    [Fact]
    public Task Header_line_in_an_attribute_is_reported() =>
        Verifier.AnalyzerAsync(
            $$"""
            using System;
            sealed class HeadersAttribute : Attribute { public HeadersAttribute(params string[] headers) { } }
            interface IContactsApi { [Headers({|#0:"Authorization: Bearer {{RandomKey}}"|})] void List(); }
            """,
            Verifier.Diagnostic().WithLocation(0).WithArguments("A string literal", "a random-looking value in the header line 'Authorization: …'"));

    [Fact]
    public Task Utf8_literal_and_encoded_bytes_named_as_keys_are_reported() =>
        Verifier.AnalyzerAsync(
            Usings + $$"""
            class C
            {
                static ReadOnlySpan<byte> {|#1:AccessToken|} => {|#0:"{{RandomKey}}"u8|};
                static readonly byte[] {|#3:SecretBytes|} = Encoding.UTF8.GetBytes({|#2:"{{OtherRandomKey}}"|});
            }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Property 'AccessToken'", "a random-looking value named as a key"),
            Verifier.Diagnostic().WithLocation(2).WithLocation(3).WithArguments("Field 'SecretBytes'", "a random-looking value named as a key"));

    [Fact]
    public Task Each_key_in_an_array_named_as_keys_is_reported() =>
        Verifier.AnalyzerAsync(
            $$"""
            class C { static readonly string[] {|#2:ApiKeys|} = { {|#0:"{{RandomKey}}"|}, {|#1:"{{OtherRandomKey}}"|} }; }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(2).WithArguments("Field 'ApiKeys'", "a random-looking value named as a key"),
            Verifier.Diagnostic().WithLocation(1).WithLocation(2).WithArguments("Field 'ApiKeys'", "a random-looking value named as a key"));

    [Fact]
    public Task Typed_Authorization_header_property_is_a_sink() =>
        Verifier.AnalyzerAsync(
            $$"""
            using Microsoft.AspNetCore.Http;
            class C { void Forward(IHeaderDictionary headers) { {|#1:headers.Authorization = {|#0:"Bearer {{RandomKey}}"|}|}; } }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Header 'Authorization'", "a random-looking value sent in the 'Authorization' header"));

    [Fact]
    public Task Json_web_token_is_reported_anywhere() =>
        Verifier.AnalyzerAsync(
            """
            class C { void M() { var {|#1:sample|} = {|#0:"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJpbnRlZ3JhdGlvbi0xMjMifQ.c2lnbmF0dXJlLW1hZGUtdXAtZm9yLXRlc3Rz"|}; } }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Local 'sample'", "it is a JSON Web Token"));

    [Fact]
    public Task Concatenated_constant_is_judged_once_as_a_whole() =>
        Verifier.AnalyzerAsync(
            """
            class C { const string {|#1:Token|} = {|#0:"ocx_test_" + "IhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7D"|}; }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Field 'Token'", "it has an OpenCX key prefix"));

    [Theory]
    [InlineData("private const string ApiKeyHeaderName = \"X-Api-Key\";")]
    [InlineData("private const string ApiKeyVariable = \"OPENCX_API_KEY\";")]
    [InlineData("private const string ApiKeySection = \"OpenCx:ApiKey\";")]
    [InlineData("private const string TokenEndpoint = \"https://auth.opencx.com/oauth/token\";")]
    [InlineData("private const string ApiKey = \"YOUR_API_KEY\";")]
    [InlineData("private const string ApiKey = \"ocx_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxx\";")]
    [InlineData("private const string ApiKey = \"${OPENCX_API_KEY}\";")]
    [InlineData("private const string ApiKeySha256 = \"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\";")]
    [InlineData("private const string CertificateThumbprint = \"3b1efd3a66ea28b16697394703a72ca340a05bd5\";")]
    [InlineData("private const string CorrelationId = \"1f0e8a52-3c4b-4a8e-9d6f-2b7c5e1a9d03\";")]
    [InlineData("private const string Nonce = \"u8jzPde0IgxLd6GncfBAepfJ\";")]
    [InlineData("private const string SecretName = \"projects/acme/secrets/opencx-api-key/versions/latest\";")]
    [InlineData("private const string Token = \"MySuperSecretPassword123\";")]
    [InlineData("private const string Help = \"Pass the key as a Bearer token in the Authorization header\";")]
    [InlineData("private static readonly int TokenLength = 32;")]
    public Task Leaves_alone(string member) => Verifier.AnalyzerAsync($"class C {{ {member} }}");

    [Fact]
    public Task Key_read_from_configuration_or_the_environment_is_left_alone() =>
        Verifier.AnalyzerAsync(
            Usings + """
            class C
            {
                void Call(HttpClient client, IConfiguration configuration)
                {
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", configuration["OpenCx:ApiKey"]);
                    client.DefaultRequestHeaders.Add("X-Api-Key", Environment.GetEnvironmentVariable("OPENCX_API_KEY"));
                    client.DefaultRequestHeaders.Add("X-Request-Id", "1f0e8a52-3c4b-4a8e-9d6f-2b7c5e1a9d03");
                }
            }
            """);

    [Fact]
    public Task Prefixes_and_headers_from_editorconfig_are_recognised()
    {
        var test = new ScopesAnalyzerTest<HardCodedApiKeyAnalyzer>
        {
            TestCode = Usings + $$"""
                class C
                {
                    const string {|#1:Legacy|} = {|#0:"acme_sk_{{OtherRandomKey}}"|};
                    void Call(HttpClient client) => {|#3:client.DefaultRequestHeaders.Add("X-Acme-Auth", {|#2:"{{RandomKey}}"|})|};
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nopencx_scopes.api_key_prefixes = acme_sk_, zeta_pk_\nopencx_scopes.api_key_headers = X-Acme-Auth\n"));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Field 'Legacy'", "it has a key prefix set in opencx_scopes.api_key_prefixes"));
        test.ExpectedDiagnostics.Add(Verifier.Diagnostic().WithLocation(2).WithLocation(3).WithArguments("Header 'X-Acme-Auth'", "a random-looking value sent in the 'X-Acme-Auth' header"));
        return test.RunAsync();
    }

    [Fact]
    public Task Without_editorconfig_a_vendor_prefix_or_header_means_nothing() =>
        Verifier.AnalyzerAsync(
            Usings + $$"""
            class C
            {
                const string Legacy = "acme_sk_{{OtherRandomKey}}";
                void Call(HttpClient client) => client.DefaultRequestHeaders.Add("X-Acme-Auth", "{{RandomKey}}");
            }
            """);

    [Theory]
    [InlineData("class C { const string ApiKey = \"ocx_live_IhKtJ0RlgLKOmxgJTeKdNnF")]
    [InlineData("class C { void M(System.Net.Http.HttpClient c) { c.DefaultRequestHeaders.Add(\"Authorization\", \"Bearer u8jzPde0IgxLd6GncfBAepfJ\"")]
    [InlineData("class C { void M() { var h = new System.Net.Http.Headers.AuthenticationHeaderValue(\"Bearer\", ")]
    [InlineData("class C { void M() { Missing.Add(\"X-Api-Key\", \"u8jzPde0IgxLd6GncfBAepfJ\"); } }")]
    [InlineData("class C { void M() { var apiKey = cond ? \"u8jzPde0IgxLd6GncfBAepfJ\" : ; } }")]
    [InlineData("class C { void M() { Undefined[\"OpenCx:ApiKey\"] = \"xtpYlSXpfKtHF4vUCsMehGAkWvj7FAc9\"; } }")]
    [InlineData("class C { static readonly string Key = \"u8jzPde0IgxLd6GncfBAepfJ\"; void M(System.Net.Http.HttpClient c) => c.DefaultRequestHeaders.Add(\"X-Api-Key\", Key, ); }")]
    [InlineData("[Headers(\"Authorization: Bearer u8jzPde0IgxLd6GncfBAepfJ\")] class C { }")]
    [InlineData("class C { string Token => \"u8jzPde0IgxLd6GncfBAepfJ\"u8; }")]
    [InlineData("class C { void M() { string apiKey; apiKey = ; var x = apiKey; } }")]
    public async Task Half_typed_code_never_makes_the_analyzer_throw(string code)
    {
        var (_, failures) = await KeyAnalysis.RunAsync(code);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Half_typed_code_still_reports_a_key_it_can_see()
    {
        var (diagnostics, failures) = await KeyAnalysis.RunAsync("class C { const string ApiKey = \"" + OpenCxKey + "\"; void M() { var x = ");
        Assert.Empty(failures);
        Assert.Equal("OCX0003", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Rule_is_a_security_warning_with_a_help_link_to_its_page()
    {
        var rule = new HardCodedApiKeyAnalyzer().SupportedDiagnostics.Single();
        Assert.Equal("OCX0003", rule.Id);
        Assert.Equal("OpenCx.Security", rule.Category);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, rule.DefaultSeverity);
        Assert.EndsWith("docs/rules/OCX0003.md", rule.HelpLinkUri, System.StringComparison.Ordinal);
    }
}
