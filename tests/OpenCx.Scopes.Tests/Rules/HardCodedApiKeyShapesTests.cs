using System.Threading.Tasks;
using OpenCx.Scopes.Tests.Credentials;
using Verifier = OpenCx.Scopes.Tests.Infrastructure.Verify<OpenCx.Scopes.Analyzers.Rules.HardCodedApiKeyAnalyzer>;

namespace OpenCx.Scopes.Tests.Rules;

/// <summary>
/// OCX0003 on the shapes of issue 11: keys in URLs and in text that names them, in collections and types named for
/// keys, in switch arms and Basic credentials; and the look-alikes it must leave alone.
/// </summary>
public sealed class HardCodedApiKeyShapesTests
{
    // Made-up keys: random characters, no real vendor's format.
    private const string RandomKey = "u8jzPde0IgxLd6GncfBAepfJ";
    private const string OtherRandomKey = "xtpYlSXpfKtHF4vUCsMehGAkWvj7FAc9";

    private const string Usings = "using System; using System.Collections.Generic; using System.Net.Http; using System.Net.Http.Headers; using System.Text;\n";

    [Fact]
    public Task Key_in_a_url_query_parameter_is_reported() =>
        Verifier.AnalyzerAsync(
            $$"""
            class C { const string {|#1:ExportUrl|} = {|#0:"https://api.opencx.io/v1/contacts/export?limit=10&api_key={{RandomKey}}"|}; }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Field 'ExportUrl'", "a random-looking value in the text's 'api_key' parameter"));

    [Fact]
    public Task Bare_key_parameter_of_a_url_query_is_reported() =>
        Verifier.AnalyzerAsync(
            $$"""
            class C { string {|#1:Geocode|}() { return {|#0:"https://maps.acme.test/geocode?address=Main&key={{RandomKey}}"|}; } }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Method 'Geocode'", "a random-looking value in the text's 'key' parameter"));

    [Fact]
    public Task Password_in_a_url_user_info_is_reported() =>
        Verifier.AnalyzerAsync(
            $$"""
            class C { void M() { var {|#1:broker|} = {|#0:"amqps://ingest:{{RandomKey}}@mq.acme.test/prod"|}; } }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Local 'broker'", "a random-looking value as the password of a URL"));

    [Fact]
    public Task Key_in_json_text_is_reported() =>
        Verifier.AnalyzerAsync(
            $$"""
            class C { void M() { var {|#1:body|} = {|#0:"{\"tenant\":\"emea\",\"apiKey\":\"{{RandomKey}}\"}"|}; } }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Local 'body'", "a random-looking value in the text's 'apiKey' property"));

    [Fact]
    public Task Values_of_a_dictionary_named_for_keys_are_reported_under_plain_entry_names() =>
        Verifier.AnalyzerAsync(
            Usings + $$"""
            class C
            {
                static readonly Dictionary<string, string> {|#2:TenantKeys|} = new() { ["emea"] = {|#0:"{{RandomKey}}"|}, ["apac"] = {|#1:"{{OtherRandomKey}}"|} };
            }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(2).WithArguments("Field 'TenantKeys'", "a random-looking value stored in a collection named for keys"),
            Verifier.Diagnostic().WithLocation(1).WithLocation(2).WithArguments("Field 'TenantKeys'", "a random-looking value stored in a collection named for keys"));

    [Fact]
    public Task Values_of_lists_arrays_and_added_entries_named_for_keys_are_reported() =>
        Verifier.AnalyzerAsync(
            Usings + $$"""
            class C
            {
                static readonly List<string> {|#3:PartnerSecrets|} = new() { {|#0:"{{RandomKey}}"|} };
                static readonly string[] {|#4:LegacyKeys|} = [{|#1:"{{OtherRandomKey}}"|}];
                void M() { var {|#5:tenantKeys|} = new Dictionary<string, string>(); tenantKeys.Add("south", {|#2:"{{RandomKey}}"|}); }
            }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(3).WithArguments("Field 'PartnerSecrets'", "a random-looking value stored in a collection named for keys"),
            Verifier.Diagnostic().WithLocation(1).WithLocation(4).WithArguments("Field 'LegacyKeys'", "a random-looking value stored in a collection named for keys"),
            Verifier.Diagnostic().WithLocation(2).WithLocation(5).WithArguments("Local 'tenantKeys'", "a random-looking value stored in a collection named for keys"));

    [Fact]
    public Task Tuple_element_named_as_a_key_is_reported() =>
        Verifier.AnalyzerAsync(
            $$"""
            class C { static readonly (string Tenant, string ApiKey)[] Keys = { {|#1:("emea", {|#0:"{{RandomKey}}"|})|} }; }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Tuple element 'ApiKey'", "a random-looking value named as a key"));

    [Fact]
    public Task Bare_name_in_a_type_named_for_credentials_is_reported() =>
        Verifier.AnalyzerAsync(
            $$"""
            static class BillingCredentials { internal const string {|#1:Key|} = {|#0:"{{RandomKey}}"|}; internal const string HeaderName = "X-Billing-Key"; }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Field 'Key'", "a random-looking value held by the type 'BillingCredentials'"));

    [Fact]
    public Task Each_arm_of_a_switch_returning_a_key_is_reported() =>
        Verifier.AnalyzerAsync(
            $$"""
            class C { static string {|#2:ApiKeyFor|}(string region) => region switch { "eu" => {|#0:"{{RandomKey}}"|}, _ => {|#1:"{{OtherRandomKey}}"|} }; }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(2).WithArguments("Method 'ApiKeyFor'", "a random-looking value named as a key"),
            Verifier.Diagnostic().WithLocation(1).WithLocation(2).WithArguments("Method 'ApiKeyFor'", "a random-looking value named as a key"));

    [Fact]
    public Task Basic_credentials_encoded_in_place_are_reported() =>
        Verifier.AnalyzerAsync(
            Usings + $$"""
            class C
            {
                AuthenticationHeaderValue Basic() => {|#1:new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes({|#0:"export-svc:{{RandomKey}}"|})))|};
            }
            """,
            Verifier.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("The Authorization header", "a random-looking value given to AuthenticationHeaderValue"));

    [Theory]
    [InlineData("const string Url = \"https://api.acme.test/v1/settings?key=theme&value=dark\";")]
    [InlineData("const string Url = \"https://api.opencx.io/v1/tags?api_key={apiKey}\";")]
    [InlineData("const string Url = \"https://api.opencx.io/v1/tags?api_key=YOUR_API_KEY\";")]
    [InlineData("const string Url = \"https://login.acme.test/authorize?client_id=" + RandomKey + "&state=" + OtherRandomKey + "\";")]
    [InlineData("const string Url = \"https://svc:<password>@queue.acme.test/jobs\";")]
    [InlineData("const string Url = \"https://deploy@git.acme.test/platform/contracts.git\";")]
    [InlineData("const string Url = \"https://cdn.acme.test/assets/3f9a1c2e8b7d4e6f/logo.png\";")]
    [InlineData("const string Json = \"{\\\"tenant\\\":\\\"emea\\\",\\\"apiKey\\\":\\\"<your key>\\\"}\";")]
    [InlineData("static readonly System.Collections.Generic.List<string> PartitionKeys = new() { \"" + RandomKey + "\" };")]
    [InlineData("static readonly string[] IdempotencyKeys = { \"6a9a4986-8ce0-71c0-260e-20babe90a469\" };")]
    [InlineData("static readonly System.Collections.Generic.Dictionary<string, string> ApiKeyHashes = new() { [\"emea\"] = \"973b9e6e9a7e709c8a44f4739019d05b41b6c698d970bc053c8c3e4461c1ec80\" };")]
    [InlineData("static readonly string[] ApiKeyIds = { \"" + RandomKey + "\" };")]
    [InlineData("static readonly System.Collections.Generic.Dictionary<string, string> TenantKeys = new() { [\"emea\"] = \"tenant-emea\" };")]
    [InlineData("static class PartnerCredentials { const string ClientId = \"" + RandomKey + "\"; const string TokenUrl = \"https://auth.acme.test/token\"; }")]
    [InlineData("static class ApiKeyDefaults { const string Value = \"" + RandomKey + "\"; }")]
    [InlineData("sealed class CredentialsController { const string Route = \"api/tenants/{tenantId}/credentials/{credentialId}\"; }")]
    [InlineData("static string ApiKeyFor(string region) => region switch { \"eu\" => \"OPENCX_API_KEY_EU\", _ => \"OPENCX_API_KEY\" };")]
    [InlineData("const string Pixel = \"R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==\";")]
    [InlineData("const string Avatar = \"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAAXNSR0IArs4c6QAAAARnQU1BAACxjwv8YQUAAAAJcEhZcwAADsMAAA7DAcdvqGQAAAA\";")]
    [InlineData("const string Integrity = \"sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC\";")]
    [InlineData("const string Form = \"grant_type=client_credentials&client_id=billing&scope=contacts:read\";")]
    public async Task Look_alikes_are_not_reported(string member)
    {
        var (diagnostics, failures) = await KeyAnalysis.RunAsync("class Holder { " + member + " }");
        Assert.Empty(failures);
        Assert.Empty(diagnostics);
    }
}
