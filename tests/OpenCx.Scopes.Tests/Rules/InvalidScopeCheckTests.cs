using System.Linq;
using OpenCx.Scopes.Analyzers.Scopes;
using OpenCx.Scopes.Catalog;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Rules;

/// <summary>ScopeCheck against the official catalog: the kind of problem and the scopes offered instead.</summary>
public class InvalidScopeCheckTests
{
    private static readonly ScopeCatalog Official = CatalogParser.Parse(GeneratorRunner.OfficialCatalogJson).Catalog!;

    [Theory]
    [InlineData("contacts:read")]
    [InlineData("org:write")]
    [InlineData("handoff-analytics:read")]
    [InlineData("chat-sessions:write")]
    public void Every_catalog_scope_is_valid(string scope) =>
        Assert.True(ScopeCheck.Check(Official, scope).IsValid);

    [Fact]
    public void All_45_official_scopes_are_valid() =>
        Assert.All(Official.AllScopes, scope => Assert.True(ScopeCheck.Check(Official, scope).IsValid, scope));

    [Theory]
    [InlineData("contacts", "Malformed", "contacts:read contacts:write")]
    [InlineData("contacts:", "Malformed", "contacts:read contacts:write")]
    [InlineData("contacts:read:all", "Malformed", "contacts:read")]
    [InlineData(" contacts:read", "Malformed", "contacts:read")]
    [InlineData("Contacts : Read", "Malformed", "contacts:read")]
    [InlineData("contact", "Malformed", "contacts:read contacts:write")]
    [InlineData(":read", "Malformed", "")]
    [InlineData("", "Malformed", "")]
    [InlineData("Contacts:Read", "WrongCase", "contacts:read")]
    [InlineData("contacts:READ", "WrongCase", "contacts:read")]
    [InlineData("CONTACTS:read", "WrongCase", "contacts:read")]
    [InlineData("contact:read", "UnknownResource", "contacts:read")]
    [InlineData("handoff:read", "UnknownResource", "handoff-analytics:read")]
    [InlineData("organization:write", "UnknownResource", "org:write")]
    [InlineData("chatsessions:read", "UnknownResource", "chat-sessions:read")]
    [InlineData("billing:read", "UnknownResource", "")]
    [InlineData("contacts:delete", "UnknownAction", "contacts:write")]
    [InlineData("contacts:list", "UnknownAction", "contacts:read")]
    [InlineData("Contacts:Delete", "UnknownAction", "contacts:write")]
    [InlineData("contacts:frobnicate", "UnknownAction", "contacts:read contacts:write")]
    [InlineData("handoff-analytics:delete", "UnknownAction", "handoff-analytics:read")]
    [InlineData("handoff-analytics:write", "ActionNotSupported", "handoff-analytics:read")]
    [InlineData("Handoff-Analytics:Write", "ActionNotSupported", "handoff-analytics:read")]
    public void Names_the_problem_and_the_nearest_valid_scopes(string scope, string kind, string suggestions)
    {
        var verdict = ScopeCheck.Check(Official, scope);

        Assert.Equal(kind, verdict.Kind.ToString());
        Assert.Equal(suggestions, string.Join(" ", verdict.Suggestions));
        Assert.All(verdict.Suggestions, suggestion => Assert.True(ScopeCheck.Check(Official, suggestion).IsValid, suggestion));
    }

    [Theory]
    [InlineData("handoff-analytics:delete", "'delete' is not an action, the actions are read and write; delete needs write, and Handoff analytics only supports read (use 'handoff-analytics:read')")]
    [InlineData("contacts:frobnicate", "'frobnicate' is not an action, the actions are read and write; did you mean 'contacts:read' or 'contacts:write'?")]
    [InlineData("billing:read", "there is no resource 'billing'")]
    [InlineData("c:read", "there is no resource 'c'; did you mean 'chat-sessions:read', 'contacts:read' or 'crawl:read'?")]
    [InlineData("Contacts : Read", "a scope is 'resource:action'; did you mean 'contacts:read'?")]
    public void Explains_each_problem_in_one_clause(string scope, string explanation) =>
        Assert.Equal(explanation, ScopeProblemMessage.Explain(ScopeCheck.Check(Official, scope), Official));

    [Fact]
    public void Suggestions_never_repeat() =>
        Assert.All(
            new[] { "contact:read", "c:write", "tag:read", "handoff:write" },
            scope => Assert.Equal(ScopeCheck.Check(Official, scope).Suggestions.Distinct(), ScopeCheck.Check(Official, scope).Suggestions));
}
