using System.Linq;
using OpenCx.Scopes.Catalog;
using OpenCx.Scopes.Tests.Infrastructure;

namespace OpenCx.Scopes.Tests.Catalog;

public class ScopeCheckTests
{
    private static readonly ScopeCatalog Official = CatalogParser.Parse(GeneratorRunner.OfficialCatalogJson).Catalog!;

    [Theory]
    [InlineData("contacts:read")]
    [InlineData("org:write")]
    [InlineData("handoff-analytics:read")]
    public void Catalog_scopes_are_valid(string scope) => Assert.True(ScopeCheck.Check(Official, scope).IsValid);

    [Theory]
    [InlineData("handoff-analytics:write", "ActionNotSupported", "handoff-analytics:read")]
    [InlineData("contact:read", "UnknownResource", "contacts:read")]
    [InlineData("contacts:delete", "UnknownAction", "contacts:write")]
    [InlineData("Contacts:Read", "WrongCase", "contacts:read")]
    [InlineData("contacts", "Malformed", "contacts:read")]
    [InlineData("organization:read", "UnknownResource", "org:read")]
    [InlineData("chat-session:write", "UnknownResource", "chat-sessions:write")]
    public void Contract_examples_are_rejected_with_the_nearest_valid_scope(string scope, string kindName, string suggestion)
    {
        var verdict = ScopeCheck.Check(Official, scope);

        Assert.Equal(kindName, verdict.Kind.ToString());
        Assert.Contains(suggestion, verdict.Suggestions);
    }

    [Theory]
    [InlineData("")]
    [InlineData(":")]
    [InlineData("a:b:c")]
    [InlineData("zzzz:read")]
    public void Nonsense_is_rejected_without_suggestions_that_do_not_fit(string scope)
    {
        var verdict = ScopeCheck.Check(Official, scope);

        Assert.False(verdict.IsValid);
        Assert.All(verdict.Suggestions, s => Assert.Contains(s, Official.AllScopes));
    }
}
