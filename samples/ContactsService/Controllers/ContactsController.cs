using Microsoft.AspNetCore.Mvc;
using OpenCx.Scopes;

namespace ContactsService.Controllers;

[ApiController]
[Route("contacts")]
public sealed class ContactsController : ControllerBase
{
    private static readonly List<Contact> Contacts = new() { new(1, "Ada Lovelace", "ada@example.com") };

    [HttpGet]
    [RequiresScope(OpenCxScopes.Contacts.Read)]
    public IEnumerable<Contact> List() => Contacts;

    [HttpGet("{id:int}")]
    [RequiresScope(OpenCxScopes.Contacts.Read)]
    public ActionResult<Contact> Get(int id) => Contacts.FirstOrDefault(c => c.Id == id) is { } contact ? contact : NotFound();

    [HttpPost]
    [RequiresScope(OpenCxScopes.Contacts.Write)]
    public ActionResult<Contact> Create(Contact contact)
    {
        Contacts.Add(contact);
        return CreatedAtAction(nameof(Get), new { id = contact.Id }, contact);
    }
}

public sealed record Contact(int Id, string Name, string Email);
