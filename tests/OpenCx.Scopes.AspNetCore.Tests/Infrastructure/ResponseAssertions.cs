using System.Linq;
using System.Net;
using System.Net.Http;

namespace OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

internal static class ResponseAssertions
{
    /// <summary>The WWW-Authenticate header exactly as the server sent it, or null.</summary>
    public static string? WwwAuthenticate(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("WWW-Authenticate", out var values) ? string.Join(" | ", values) : null;

    public static void ShouldBe(this HttpResponseMessage response, HttpStatusCode status, string? wwwAuthenticate = null)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(wwwAuthenticate, response.WwwAuthenticate());
    }
}
