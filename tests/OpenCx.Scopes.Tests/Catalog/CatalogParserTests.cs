using System.Linq;
using OpenCx.Scopes.Catalog;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Catalog;

public class CatalogParserTests
{
    [Fact]
    public void The_official_catalog_has_23_resources_and_45_scopes_with_handoff_analytics_read_only()
    {
        var result = CatalogParser.Parse(GeneratorRunner.OfficialCatalogJson);

        Assert.Empty(result.Problems);
        Assert.Equal(23, result.Catalog!.Resources.Count);
        Assert.Equal(45, result.Catalog.AllScopes.Count());
        Assert.Equal(new[] { "read" }, result.Catalog.FindResource("handoff-analytics")!.Actions);
        Assert.Equal("Organization", result.Catalog.FindResource("org")!.Identifier);
    }

    [Theory]
    [InlineData("CSAT", "Csat")]
    [InlineData("SIP", "Sip")]
    [InlineData("WhatsApp", "WhatsApp")]
    [InlineData("Chat sessions", "ChatSessions")]
    [InlineData("Handoff analytics", "HandoffAnalytics")]
    [InlineData("AI agents", "AIAgents")]
    [InlineData("help-center", "HelpCenter")]
    public void Class_names_follow_the_contract(string name, string identifier) =>
        Assert.Equal(identifier, ResourceIdentifier.FromName(name));

    [Theory]
    [InlineData("chat", true)]
    [InlineData("chat-sessions", true)]
    [InlineData("a2p-10dlc", true)]
    [InlineData("x", true)]
    [InlineData("", false)]
    [InlineData("2chat", false)]
    [InlineData("-chat", false)]
    [InlineData("chat-", false)]
    [InlineData("chat--sessions", false)]
    [InlineData("Chat", false)]
    [InlineData("chat_sessions", false)]
    [InlineData("chat sessions", false)]
    [InlineData("chat\n", false)]
    [InlineData("chät", false)]
    public void Resource_ids_are_lower_case_words_joined_by_single_dashes(string id, bool valid) =>
        Assert.Equal(valid, CatalogParser.IsKebabCase(id));

    [Fact]
    public void Comments_and_trailing_commas_are_accepted()
    {
        var result = CatalogParser.Parse("""
            // The platform team's catalog
            {
              /* one resource */
              "resources": [
                { "id": "tags", "name": "Tags", "actions": ["read", "write",], },
              ],
            }
            """);

        Assert.Empty(result.Problems);
        Assert.Equal(new[] { "tags:read", "tags:write" }, result.Catalog!.AllScopes);
    }

    [Fact]
    public void Malformed_json_gives_one_located_error_and_no_catalog()
    {
        var result = CatalogParser.Parse("{\n  \"resources\": [\n    { \"id\": \"tags\" \"name\": \"Tags\" }\n  ]\n}");

        Assert.Null(result.Catalog);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(CatalogRuleIds.Unreadable, problem.RuleId);
        Assert.Equal(2, problem.LineSpan.Start.Line);
        Assert.Equal(19, problem.LineSpan.Start.Character);
        Assert.Contains("',' or '}' was expected", problem.Arguments[0]);
    }

    [Theory]
    [InlineData("""{ "id": "Chat_Sessions", "name": "Chat", "actions": ["read"] }""", CatalogRuleIds.InvalidResourceId, "\"chat-sessions\"")]
    [InlineData("""{ "name": "Chat", "actions": ["read"] }""", CatalogRuleIds.InvalidResourceId, "(missing)")]
    [InlineData("""{ "id": "chat", "name": "Chat", "actions": ["read", "delete"] }""", CatalogRuleIds.UnknownAction, "did you mean \"write\"")]
    [InlineData("""{ "id": "chat", "name": "Chat", "actions": [] }""", CatalogRuleIds.MissingActions, "chat")]
    [InlineData("""{ "id": "chat", "name": "Chat" }""", CatalogRuleIds.MissingActions, "chat")]
    [InlineData("""{ "id": "chat", "actions": ["read"] }""", CatalogRuleIds.MissingName, "chat")]
    [InlineData("""{ "id": "chat", "name": "Chat", "actions": ["read"], "identifier": "2Chat" }""", CatalogRuleIds.InvalidIdentifier, "2Chat")]
    [InlineData("""{ "id": "all", "name": "All", "actions": ["read"] }""", CatalogRuleIds.IdentifierCollision, "the generated member")]
    [InlineData("""{ "id": "chat", "name": "Chat", "action": ["read"] }""", CatalogRuleIds.UnknownProperty, "did you mean \"actions\"")]
    [InlineData("""{ "id": "chat", "name": "Chat", "actions": "read" }""", CatalogRuleIds.InvalidShape, "must be an array")]
    [InlineData("""{ "id": "chat", "name": 7, "actions": ["read"] }""", CatalogRuleIds.InvalidShape, "\"name\" must be a string")]
    public void A_bad_resource_is_reported_and_left_out_while_valid_ones_still_generate(string resource, string ruleId, string expectedArgument)
    {
        var result = CatalogParser.Parse($$"""
            {
              "resources": [
                { "id": "tags", "name": "Tags", "actions": ["read", "write"] },
                {{resource}}
              ]
            }
            """);

        var problem = Assert.Single(result.Problems, p => p.RuleId == ruleId);
        Assert.Contains(problem.Arguments, a => a.Contains(expectedArgument));
        Assert.Equal(3, problem.LineSpan.Start.Line);
        Assert.Contains("tags:read", result.Catalog!.AllScopes);
    }

    [Fact]
    public void Duplicate_ids_and_colliding_class_names_keep_the_first_and_point_at_the_second()
    {
        var result = CatalogParser.Parse("""
            { "resources": [
              { "id": "tags", "name": "Tags", "actions": ["read"] },
              { "id": "tags", "name": "Tags again", "actions": ["write"] },
              { "id": "tag-s", "name": "Tags", "actions": ["write"] },
              { "id": "labels", "name": "Labels", "actions": ["read", "read"] }
            ] }
            """);

        Assert.Equal(new[] { "tags:read", "labels:read" }, result.Catalog!.AllScopes);
        var duplicate = Assert.Single(result.Problems, p => p.RuleId == CatalogRuleIds.DuplicateResourceId);
        Assert.Equal(new[] { "tags", "2" }, duplicate.Arguments);
        var collision = Assert.Single(result.Problems, p => p.RuleId == CatalogRuleIds.IdentifierCollision);
        Assert.Equal(new[] { "tag-s", "Tags", "resource 'tags'" }, collision.Arguments);
        Assert.Single(result.Problems, p => p.RuleId == CatalogRuleIds.DuplicateAction);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{ \"resources\": {} }")]
    [InlineData("\"resources\"")]
    public void A_catalog_without_a_resources_array_cannot_be_read(string json)
    {
        var result = CatalogParser.Parse(json);

        Assert.Null(result.Catalog);
        Assert.Equal(CatalogRuleIds.Unreadable, Assert.Single(result.Problems).RuleId);
    }
}
