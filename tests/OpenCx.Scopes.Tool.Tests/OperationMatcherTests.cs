using OpenCx.Scopes.Tool.OpenApi;

namespace OpenCx.Scopes.Tool.Tests;

public sealed class OperationMatcherTests
{
    private static readonly ApiOperation[] Operations =
    [
        new("GET", "/contacts/{id}", Access.Scoped, ["contacts:read"]),
        new("GET", "/contacts/search", Access.Scoped, ["contacts:read", "insights:read"]),
        new("GET", "/files/{**path}", Access.Scoped, ["training:read"]),
        new("GET", "/teams/", Access.Scoped, ["teams:read"]),
        new("GET", "/orders/{id:guid}", Access.Scoped, ["actions:read"]),
    ];

    [Theory]
    [InlineData("GET", "/contacts/42", "/contacts/{id}")]
    [InlineData("get", "/Contacts/42/", "/contacts/{id}")]
    [InlineData("GET", "/contacts/{id}", "/contacts/{id}")]
    [InlineData("GET", "/contacts/search", "/contacts/search")]
    [InlineData("GET", "/contacts/search?q=ada", "/contacts/search")]
    [InlineData("GET", "/files/a/b/c.txt", "/files/{**path}")]
    [InlineData("GET", "/teams", "/teams/")]
    [InlineData("GET", "/orders/6f9619ff-8b86-d011-b42d-00cf4fc964ff", "/orders/{id:guid}")]
    public void A_concrete_path_finds_its_template_literal_segments_first(string method, string path, string template)
    {
        Assert.Equal(template, OperationMatcher.Find(Operations, method, path)?.Path);
    }

    [Theory]
    [InlineData("POST", "/contacts/42")]
    [InlineData("GET", "/contacts")]
    [InlineData("GET", "/contacts/42/notes")]
    [InlineData("GET", "/invoices/1")]
    public void A_path_no_template_fits_finds_nothing(string method, string path)
    {
        Assert.Null(OperationMatcher.Find(Operations, method, path));
    }
}
