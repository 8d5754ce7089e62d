using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ContactsService.LoadBaseline;

// Compiled only for the load test (-p:LoadBaseline=true): GET /contacts without a key, the same action returning the
// same list, so that the scoped request's ratio to it is the cost of authenticating and authorizing and nothing else.
[ApiController]
[Route("load-baseline/contacts")]
[AllowAnonymous]
public sealed class AnonymousContactsController : ControllerBase
{
    private static readonly List<Controllers.Contact> Contacts = new() { new(1, "Ada Lovelace", "ada@example.com") };

    [HttpGet]
    public IEnumerable<Controllers.Contact> List() => Contacts;
}
