using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace OpenCx.Scopes.OpenApi.Tests.App;

// The controller half of the scoped app, under /mvc.

[ApiController]
[Route("mvc/contacts")]
public sealed class ContactsController : ControllerBase
{
    [HttpGet]
    [RequiresScope("contacts:read")]
    public string List() => "contacts";

    [HttpPost]
    [RequiresScope("contacts:write")]
    public IActionResult Create() => Created("/mvc/contacts/1", "created");
}

[ApiController]
[Route("mvc/teams")]
[RequiresScope("teams:read")]
public sealed class TeamsController : ControllerBase
{
    [HttpGet]
    public string List() => "teams";

    [HttpPut("{id:int}")]
    [RequiresScope("teams:write")]
    public IActionResult Update(int id) => NoContent();
}

[RequiresScope("sequences:read")]
public abstract class SequencesControllerBase : ControllerBase
{
}

[ApiController]
[Route("mvc/sequences")]
public sealed class SequencesController : SequencesControllerBase
{
    [HttpGet]
    public string List() => "sequences";
}

[ApiController]
[Route("mvc/organization")]
[RequiresFullAccess]
public sealed class OrganizationController : ControllerBase
{
    [HttpGet]
    public string Get() => "organization";

    [HttpGet("status")]
    [AllowAnonymous]
    public string Status() => "up";
}
