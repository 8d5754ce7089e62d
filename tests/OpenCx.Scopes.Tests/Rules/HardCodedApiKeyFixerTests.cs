using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using OpenCx.Scopes.Analyzers.Rules;
using OpenCx.Scopes.CodeFixes.Fixes;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Rules;

public sealed class HardCodedApiKeyFixerTests
{
    private const string OpenCxKey = "ocx_live_IhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7D";
    private const string RandomKey = "u8jzPde0IgxLd6GncfBAepfJ";

    [Fact]
    public Task Const_field_becomes_static_readonly_read_from_the_environment() =>
        FixAsync(
            $$"""
            using System;
            class Settings { private const string ApiKey = {|#0:"{{OpenCxKey}}"|}; }
            """,
            """
            using System;
            class Settings { private static readonly string ApiKey = Environment.GetEnvironmentVariable("OPENCX_API_KEY"); }
            """,
            diagnostics: 1);

    [Fact]
    public Task Configuration_in_scope_is_preferred() =>
        FixAsync(
            $$"""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using Microsoft.Extensions.Configuration;
            class C
            {
                void Call(HttpClient client, IConfiguration configuration)
                {
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {|#0:"{{RandomKey}}"|});
                }
            }
            """,
            """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using Microsoft.Extensions.Configuration;
            class C
            {
                void Call(HttpClient client, IConfiguration configuration)
                {
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", configuration["OpenCx:ApiKey"]);
                }
            }
            """,
            diagnostics: 1);

    [Fact]
    public Task Instance_configuration_is_not_used_from_a_static_method() =>
        FixAsync(
            $$"""
            using System;
            using Microsoft.Extensions.Configuration;
            class C
            {
                private readonly IConfiguration configuration = new ConfigurationBuilder().Build();
                static string Key() { var apiKey = {|#0:"{{RandomKey}}"|}; return apiKey; }
            }
            """,
            """
            using System;
            using Microsoft.Extensions.Configuration;
            class C
            {
                private readonly IConfiguration configuration = new ConfigurationBuilder().Build();
                static string Key() { var apiKey = Environment.GetEnvironmentVariable("OPENCX_API_KEY"); return apiKey; }
            }
            """,
            diagnostics: 1);

    [Fact]
    public Task Scheme_is_kept_and_a_missing_key_fails_loudly_under_nullable() =>
        FixAsync(
            $$"""
            #nullable enable
            using System.Net.Http;
            class C
            {
                void Call(HttpRequestMessage request) => request.Headers.Add("Authorization", {|#0:"Bearer {{RandomKey}}"|});
            }
            """,
            """
            #nullable enable
            using System.Net.Http;
            class C
            {
                void Call(HttpRequestMessage request) => request.Headers.Add("Authorization", "Bearer " + (System.Environment.GetEnvironmentVariable("OPENCX_API_KEY") ?? throw new System.InvalidOperationException("Set the OPENCX_API_KEY environment variable.")));
            }
            """,
            diagnostics: 1);

    [Fact]
    public Task Text_around_a_key_in_a_url_is_kept() =>
        FixAsync(
            $$"""
            using System;
            class C { string Url() { var url = {|#0:"https://api.opencx.com/v1/tags?api_key={{OpenCxKey}}&limit=10"|}; return url; } }
            """,
            """
            using System;
            class C { string Url() { var url = "https://api.opencx.com/v1/tags?api_key=" + Environment.GetEnvironmentVariable("OPENCX_API_KEY") + "&limit=10"; return url; } }
            """,
            diagnostics: 1);

    [Fact]
    public Task Const_local_stops_being_const() =>
        FixAsync(
            $$"""
            using System;
            class C { string M() { const string apiKey = {|#0:"{{RandomKey}}"|}; return apiKey; } }
            """,
            """
            using System;
            class C { string M() { string apiKey = Environment.GetEnvironmentVariable("OPENCX_API_KEY"); return apiKey; } }
            """,
            diagnostics: 1);

    [Fact]
    public Task Fix_all_replaces_every_key_in_the_file() =>
        FixAsync(
            $$"""
            using System;
            using Microsoft.Extensions.Configuration;
            class C
            {
                private const string ApiKey = {|#0:"{{OpenCxKey}}"|};
                void Seed(IConfiguration configuration) { var token = {|#1:"{{RandomKey}}"|}; }
            }
            """,
            """
            using System;
            using Microsoft.Extensions.Configuration;
            class C
            {
                private static readonly string ApiKey = Environment.GetEnvironmentVariable("OPENCX_API_KEY");
                void Seed(IConfiguration configuration) { var token = configuration["OpenCx:ApiKey"]; }
            }
            """,
            diagnostics: 2);

    [Fact]
    public Task No_fix_where_a_constant_is_required() =>
        FixAsync(
            $$"""
            using System;
            sealed class HeadersAttribute : Attribute { public HeadersAttribute(params string[] headers) { } }
            interface IApi { [Headers({|#0:"Authorization: Bearer {{RandomKey}}"|})] void List(); }
            class C { void Connect(string apiKey = {|#1:"{{RandomKey}}"|}) { } }
            """,
            null,
            diagnostics: 2);

    [Fact]
    public Task Random_key_in_a_url_query_is_replaced_and_the_url_kept() =>
        FixAsync(
            $$"""
            using System;
            class C { string Url() { var url = {|#0:"https://api.acme.test/v2/reports?apikey={{RandomKey}}&format=csv"|}; return url; } }
            """,
            """
            using System;
            class C { string Url() { var url = "https://api.acme.test/v2/reports?apikey=" + Environment.GetEnvironmentVariable("OPENCX_API_KEY") + "&format=csv"; return url; } }
            """,
            diagnostics: 1);

    [Fact]
    public Task Password_in_a_url_is_replaced_and_the_user_and_host_kept() =>
        FixAsync(
            $$"""
            using System;
            class C { string Broker() { var broker = {|#0:"amqps://ingest:{{RandomKey}}@mq.acme.test/prod"|}; return broker; } }
            """,
            """
            using System;
            class C { string Broker() { var broker = "amqps://ingest:" + Environment.GetEnvironmentVariable("OPENCX_API_KEY") + "@mq.acme.test/prod"; return broker; } }
            """,
            diagnostics: 1);

    private static Task FixAsync(string source, string? fixedSource, int diagnostics)
    {
        var test = new ScopesCodeFixTest<HardCodedApiKeyAnalyzer, HardCodedApiKeyFixer> { TestCode = source, FixedCode = fixedSource ?? source };
        for (var i = 0; i < diagnostics; i++)
        {
            // The analyzer tests check messages and additional locations; here only where the fix starts matters.
            test.ExpectedDiagnostics.Add(new DiagnosticResult("OCX0003", DiagnosticSeverity.Warning).WithLocation(i).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        }

        return test.RunAsync();
    }
}
