using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using OpenCx.Scopes.Tests.Credentials;

namespace OpenCx.Scopes.Tests.Rules;

/// <summary>OCX0003 in appsettings*.json, launchSettings.json and .http files, handed to the compiler as additional files.</summary>
public sealed class HardCodedApiKeyInFilesTests
{
    // Made-up keys: random characters, no real vendor's format.
    private const string RandomKey = "u8jzPde0IgxLd6GncfBAepfJ";
    private const string OpenCxKey = "ocx_live_IhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7D";
    private const string Jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJpbnRlZ3JhdGlvbi02NzA3MDMiLCJpc3MiOiJodHRwczovL2F1dGguYWNtZS50ZXN0In0.z7yeCT8dLPXlwmZJKjo5BzRSxh__2PNBc86D_QcvZHg";
    private const string Hash = "973b9e6e9a7e709c8a44f4739019d05b41b6c698d970bc053c8c3e4461c1ec80";

    [Fact]
    public async Task Key_in_appsettings_is_reported_at_its_line_and_column_naming_the_setting_and_where_keys_belong()
    {
        var json = "{\n  \"OpenCx\": {\n    \"ApiKey\": \"" + RandomKey + "\"\n  }\n}\n";

        var diagnostic = Assert.Single(await AnalyzeAsync(("/app/appsettings.Development.json", json)));

        Assert.Equal("OCX0003", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/app/appsettings.Development.json", span.Path);
        Assert.Equal(new LinePosition(2, 15), span.StartLinePosition);
        Assert.Equal(new LinePosition(2, 15 + RandomKey.Length), span.EndLinePosition);
        Assert.Equal(
            "OpenCx:ApiKey in appsettings.Development.json holds a hard-coded API key (a random-looking value named as a key); keep it in user secrets, an environment variable or a vault",
            diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("{ \"Acme\": { \"Token\": \"" + RandomKey + "\" } }", "Acme:Token")]
    [InlineData("{ \"Partner\": { \"ClientSecret\": \"" + RandomKey + "\" } }", "Partner:ClientSecret")]
    [InlineData("{ \"Greeting\": \"" + OpenCxKey + "\" }", "Greeting")]
    [InlineData("{ \"Settings\": { \"Value\": \"" + Jwt + "\" } }", "Settings:Value")]
    [InlineData("{ \"Acme\": { \"ApiKeys\": [ \"" + RandomKey + "\" ] } }", "Acme:ApiKeys:0")]
    [InlineData("{ \"TenantKeys\": { \"emea\": \"" + RandomKey + "\" } }", "TenantKeys:emea")]
    [InlineData("{ \"ConnectionStrings\": { \"Partner\": \"Endpoint=https://partner.acme.test;ApiKey=" + RandomKey + "\" } }", "ConnectionStrings:Partner")]
    public async Task Keys_in_appsettings_are_reported(string json, string setting)
    {
        var diagnostic = Assert.Single(await AnalyzeAsync(("/app/appsettings.json", json)));
        Assert.StartsWith(setting + " in appsettings.json holds a hard-coded API key", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Environment_variable_in_launchSettings_is_reported()
    {
        var json = """
            {
              "profiles": {
                "http": {
                  "commandName": "Project",
                  "applicationUrl": "http://localhost:5080",
                  "environmentVariables": {
                    "ASPNETCORE_ENVIRONMENT": "Development",
                    "OPENCX_API_KEY": "@@"
                  }
                }
              }
            }
            """.Replace("@@", RandomKey);

        var diagnostic = Assert.Single(await AnalyzeAsync(("/app/Properties/launchSettings.json", json)));

        Assert.Equal(7, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.StartsWith("profiles:http:environmentVariables:OPENCX_API_KEY in launchSettings.json", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"OpenCx\": { \"ApiKeys\": [ { \"Name\": \"Production\", \"Sha256\": \"" + Hash + "\", \"Scopes\": [\"contacts:read\"] } ] } }")]
    [InlineData("{ \"OpenCx\": { \"ApiKeys\": [ { \"Name\": \"Admin\", \"SHA256\": \"" + Hash + "\", \"FullAccess\": true } ] } }")]
    [InlineData("{ \"OpenCx\": { \"ApiKey\": \"\" } }")]
    [InlineData("{ \"OpenCx\": { \"ApiKey\": \"<your key>\" } }")]
    [InlineData("{ \"OpenCx\": { \"ApiKey\": \"{{apiKey}}\" } }")]
    [InlineData("{ \"OpenCx\": { \"ApiKey\": \"$(OPENCX_API_KEY)\" } }")]
    [InlineData("{ \"OpenCx\": { \"ApiKey\": \"${OPENCX_API_KEY}\" } }")]
    [InlineData("{ \"OpenCx\": { \"ApiKey\": \"changeme\" } }")]
    [InlineData("{ \"OpenCx\": { \"ApiKey\": null, \"Timeout\": 30, \"Enabled\": true } }")]
    [InlineData("{ \"OpenCx\": { \"ApiKeyHeader\": \"X-Api-Key\", \"BaseUrl\": \"https://api.opencx.io\" } }")]
    [InlineData("{ \"Build\": { \"Commit\": \"" + Hash + "\", \"TenantId\": \"6a9a4986-8ce0-71c0-260e-20babe90a469\" } }")]
    [InlineData("{ \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } }, \"AllowedHosts\": \"*\" }")]
    [InlineData("{ \"CacheKeys\": { \"contacts\": \"" + RandomKey + "\" } }")]
    public async Task Hashes_empty_values_placeholders_and_other_settings_are_not_reported(string json) =>
        Assert.Empty(await AnalyzeAsync(("/app/appsettings.json", json)));

    [Fact]
    public async Task Comments_and_trailing_commas_are_read()
    {
        var json = "// development settings\n{\n  /* partner */\n  \"Partner\": { \"Token\": \"" + RandomKey + "\", },\n}\n";

        var diagnostic = Assert.Single(await AnalyzeAsync(("/app/appsettings.Development.json", json)));

        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Theory]
    [InlineData("{ \"OpenCx\": { \"ApiKey\": \"" + OpenCxKey + "\" ")]
    [InlineData("{ \"OpenCx\": { ApiKey: \"" + OpenCxKey + "\" } }")]
    [InlineData("\"ApiKey\" = \"" + OpenCxKey + "\"")]
    public async Task A_file_that_does_not_parse_is_skipped_without_a_diagnostic(string json) =>
        Assert.Empty(await AnalyzeAsync(("/app/appsettings.json", json)));

    [Fact]
    public async Task Bom_and_crlf_keep_line_and_column()
    {
        var json = "{\r\n  \"OpenCx\": {\r\n    \"ApiKey\": \"" + RandomKey + "\"\r\n  }\r\n}\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();
        var file = new BytesAdditionalText("/app/appsettings.json", bytes);

        var diagnostic = Assert.Single(await AnalyzeAsync(file));

        Assert.Equal(new LinePosition(2, 15), diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public async Task Empty_files_are_left_alone() =>
        Assert.Empty(await AnalyzeAsync(("/app/appsettings.json", string.Empty), ("/app/api.http", string.Empty), ("/app/Properties/launchSettings.json", "\n")));

    [Fact]
    public async Task A_huge_line_is_read_to_its_end()
    {
        var filler = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"\"Setting{i}\": \"value {i}\", "));
        var json = "{ " + filler + "\"ApiKey\": \"" + RandomKey + "\" }";
        var http = "GET https://api.acme.test/v1/items?" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"p{i}=v{i}&")) + "api_key=" + RandomKey;

        var diagnostics = await AnalyzeAsync(("/app/appsettings.json", json), ("/app/api.http", http));

        Assert.Equal(2, diagnostics.Length);
    }

    [Fact]
    public async Task Other_additional_files_are_not_configuration()
    {
        var json = "{ \"ApiKey\": \"" + OpenCxKey + "\" }";
        Assert.Empty(await AnalyzeAsync(("/app/scopes.json", json), ("/app/notes.json", json), ("/app/settings.txt", json)));
    }

    [Fact]
    public async Task Escaped_value_is_reported_over_the_whole_string()
    {
        var json = "{ \"ApiKey\": \"" + RandomKey + "\\u0041\" }";

        var diagnostic = Assert.Single(await AnalyzeAsync(("/app/appsettings.json", json)));

        Assert.Equal(RandomKey.Length + 6, diagnostic.Location.SourceSpan.Length);
    }

    [Fact]
    public async Task Http_file_variable_and_header_lines_are_reported_at_the_key()
    {
        var http = string.Join("\n",
            "@host = https://localhost:5001",
            "@apiKey = " + RandomKey,
            "",
            "GET {{host}}/contacts",
            "Authorization: Bearer " + OpenCxKey,
            "",
            "###",
            "GET {{host}}/tags",
            "X-Api-Key: " + RandomKey);

        var diagnostics = (await AnalyzeAsync(("/app/Service.http", http))).OrderBy(d => d.Location.SourceSpan.Start).ToList();

        Assert.Equal(3, diagnostics.Count);
        Assert.Equal(new LinePosition(1, 10), diagnostics[0].Location.GetLineSpan().StartLinePosition);
        Assert.StartsWith("variable '@apiKey' in Service.http holds a hard-coded API key (a random-looking value named as a key)", diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Equal(new LinePosition(4, 22), diagnostics[1].Location.GetLineSpan().StartLinePosition);
        Assert.Equal(OpenCxKey.Length, diagnostics[1].Location.SourceSpan.Length);
        Assert.StartsWith("header 'Authorization' in Service.http holds a hard-coded API key (it has an OpenCX key prefix)", diagnostics[1].GetMessage(), StringComparison.Ordinal);
        Assert.Equal(new LinePosition(8, 11), diagnostics[2].Location.GetLineSpan().StartLinePosition);
        Assert.StartsWith("header 'X-Api-Key' in Service.http holds a hard-coded API key (a random-looking value sent in the 'X-Api-Key' header)", diagnostics[2].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_request_line_with_a_key_in_its_query_is_reported()
    {
        var diagnostic = Assert.Single(await AnalyzeAsync(("/app/api.http", "GET https://api.opencx.io/v1/contacts?limit=10&api_key=" + RandomKey + "\n")));
        Assert.StartsWith("line 1 in api.http holds a hard-coded API key (a random-looking value in the text's 'api_key' parameter)", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@apiKey = {{$dotenv OPENCX_API_KEY}}")]
    [InlineData("@apiKey = <your key>")]
    [InlineData("@apiKey =")]
    [InlineData("@contactId = 6a9a4986-8ce0-71c0-260e-20babe90a469")]
    [InlineData("Authorization: Bearer {{apiKey}}")]
    [InlineData("Authorization: Bearer $(OPENCX_API_KEY)")]
    [InlineData("Authorization: Bearer ${OPENCX_API_KEY}")]
    [InlineData("X-Api-Key: changeme")]
    [InlineData("If-None-Match: \"" + Hash + "\"")]
    [InlineData("GET https://api.opencx.io/v1/contacts/6a9a4986-8ce0-71c0-260e-20babe90a469?fields=name,email")]
    [InlineData("# Get a key from Settings > API keys, then set OPENCX_API_KEY")]
    public async Task Http_placeholders_ids_and_hashes_are_not_reported(string line) =>
        Assert.Empty(await AnalyzeAsync(("/app/api.http", "GET https://localhost:5001/contacts\n" + line + "\n")));

    [Fact]
    public async Task Bom_and_crlf_in_http_files_keep_line_and_column()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("@apiKey = " + RandomKey + "\r\nGET https://localhost/\r\nX-Api-Key: " + RandomKey + "\r\n")).ToArray();

        var diagnostics = (await AnalyzeAsync(new BytesAdditionalText("/app/api.http", bytes))).OrderBy(d => d.Location.SourceSpan.Start).ToList();

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal(new LinePosition(0, 10), diagnostics[0].Location.GetLineSpan().StartLinePosition);
        Assert.Equal(new LinePosition(2, 11), diagnostics[1].Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public async Task No_message_contains_any_part_of_a_key()
    {
        var keys = new[] { RandomKey, OpenCxKey, Jwt };
        var files = new (string, string)[]
        {
            ("/app/appsettings.json", "{ \"OpenCx\": { \"ApiKey\": \"" + RandomKey + "\", \"Other\": \"" + OpenCxKey + "\", \"Jwt\": \"" + Jwt + "\" } }"),
            ("/app/Properties/launchSettings.json", "{ \"profiles\": { \"p\": { \"environmentVariables\": { \"OPENCX_API_KEY\": \"" + RandomKey + "\" } } } }"),
            ("/app/api.http", "@apiKey = " + RandomKey + "\nGET https://h/x?api_key=" + RandomKey + "\nAuthorization: Bearer " + Jwt + "\nX-Api-Key: " + OpenCxKey + "\n"),
        };

        var diagnostics = await AnalyzeAsync(files);

        Assert.Equal(8, diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            SecretWindows.AssertNoneIn(diagnostic.GetMessage(), keys, diagnostic.Location.GetLineSpan().Path);
        }
    }

    [Fact]
    public async Task Every_half_typed_file_is_read_without_throwing()
    {
        var json = "// dev\n{ \"OpenCx\": { \"ApiKey\": \"" + RandomKey + "\", \"ApiKeys\": [ { \"Sha256\": \"" + Hash + "\" }, ], \"Url\": \"https://svc:" + RandomKey + "@h/?token=" + Jwt + "\" } }";
        var http = "@apiKey = " + RandomKey + "\r\nGET https://h/x?api_key=" + RandomKey + " HTTP/1.1\r\nAuthorization: Bearer " + OpenCxKey + "\r\n\r\n{ \"apiKey\": \"" + RandomKey + "\" }";
        var files = Enumerable.Range(0, json.Length + 1).Select(n => ($"/app/j{n}/appsettings.json", json[..n]))
            .Concat(Enumerable.Range(0, http.Length + 1).Select(n => ($"/app/h{n}/api.http", http[..n])))
            .ToArray();

        var diagnostics = await AnalyzeAsync(files);

        // The whole JSON file: its ApiKey and the URL's password (its Sha256 never); a cut file reports nothing or part of that.
        Assert.Equal(2, diagnostics.Count(d => d.Location.GetLineSpan().Path == $"/app/j{json.Length}/appsettings.json"));
        Assert.Equal(4, diagnostics.Count(d => d.Location.GetLineSpan().Path == $"/app/h{http.Length}/api.http"));
    }

    private static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(params (string Path, string Text)[] files) =>
        AnalyzeAsync(files.Select(file => (AdditionalText)new BytesAdditionalText(file.Path, Encoding.UTF8.GetBytes(file.Text))).ToArray());

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(params AdditionalText[] files)
    {
        var (diagnostics, failures) = await KeyAnalysis.RunAsync("class C { }", files.ToImmutableArray());
        Assert.Empty(failures);
        return diagnostics;
    }

    /// <summary>A file as the compiler reads it from disk: bytes decoded with BOM detection.</summary>
    private sealed class BytesAdditionalText(string path, byte[] bytes) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            SourceText.From(new MemoryStream(bytes), Encoding.UTF8);
    }
}
