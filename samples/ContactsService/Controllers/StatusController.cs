using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ContactsService.Controllers;

// Public, so that monitoring and integrators can see which service and version answer without holding a key.
[ApiController]
[Route("status")]
[AllowAnonymous]
public sealed class StatusController : ControllerBase
{
    private static readonly ServiceStatus Current = new("ContactsService", "1.0.0", "up");

    [HttpGet]
    public ServiceStatus Get() => Current;
}

public sealed record ServiceStatus(string Service, string Version, string Status);
