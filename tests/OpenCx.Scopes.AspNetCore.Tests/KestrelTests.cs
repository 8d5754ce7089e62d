using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

namespace OpenCx.Scopes.AspNetCore.Tests;

/// <summary>The acceptance check over real HTTP: Kestrel on 127.0.0.1, a port the OS picks.</summary>
public sealed class KestrelTests
{
    [Fact]
    public async Task Contacts_read_key_gets_200_on_GET_403_on_POST_and_a_wrong_key_gets_401()
    {
        var keys = new KeyConfiguration();
        var reader = keys.Scoped("Production", "contacts:read");
        await using var service = await TestApp.StartAsync(keys, onKestrel: true);
        Assert.Equal("127.0.0.1", service.Client.BaseAddress!.Host);

        var read = await service.SendAsync(HttpMethod.Get, "/contacts", reader.Header);
        var write = await service.SendAsync(HttpMethod.Post, "/contacts", reader.Header);
        var wrongKey = await service.SendAsync(HttpMethod.Get, "/contacts", TestKey.Create("Wrong").Header);
        var controllerRead = await service.SendAsync(HttpMethod.Get, "/mvc/contacts", reader.Header);
        var controllerWrite = await service.SendAsync(HttpMethod.Post, "/mvc/contacts", reader.Header);

        read.ShouldBe(HttpStatusCode.OK);
        write.ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"contacts:write\"");
        wrongKey.ShouldBe(HttpStatusCode.Unauthorized, "Bearer error=\"invalid_token\"");
        controllerRead.ShouldBe(HttpStatusCode.OK);
        controllerWrite.ShouldBe(HttpStatusCode.Forbidden, "Bearer error=\"insufficient_scope\", scope=\"contacts:write\"");
    }
}
