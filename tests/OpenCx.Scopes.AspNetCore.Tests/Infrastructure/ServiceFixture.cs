using System.Collections.Generic;
using System.Threading.Tasks;

namespace OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

/// <summary>One TestServer app per test class, with a key of every kind.</summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    private readonly KeyConfiguration keys = new();

    public ServiceFixture()
    {
        ContactsReader = keys.Scoped("Contacts reader", "contacts:read");
        TeamsReader = keys.Scoped("Teams reader", "teams:read");
        TeamsEditor = keys.Scoped("Teams editor", "teams:read", "teams:write");
        Analytics = keys.Scoped("Analytics", "handoff-analytics:read");
        NoScopes = keys.Scoped("No scopes");
        ScopedByFlag = keys.Add("Scoped by flag", ("FullAccess", false));
        Admin = keys.FullAccess("Admin");
        Legacy = keys.Legacy("Legacy");
        Revoked = keys.Revoked("Old", "contacts:read");
        RevokedAdmin = keys.Add("Old admin", ("FullAccess", true), ("Revoked", true));
        UpperCaseHex = TestKey.Create("Upper-case hex");
        keys.AddRaw(new Dictionary<string, object> { ["Name"] = UpperCaseHex.Name, ["Sha256"] = UpperCaseHex.Sha256.ToUpperInvariant(), ["Scopes"] = new[] { "contacts:read" } });
    }

    internal TestKey ContactsReader { get; }

    internal TestKey TeamsReader { get; }

    internal TestKey TeamsEditor { get; }

    internal TestKey Analytics { get; }

    internal TestKey NoScopes { get; }

    internal TestKey ScopedByFlag { get; }

    internal TestKey Admin { get; }

    internal TestKey Legacy { get; }

    internal TestKey Revoked { get; }

    internal TestKey RevokedAdmin { get; }

    internal TestKey UpperCaseHex { get; }

    internal TestApp Service { get; private set; } = null!;

    public async Task InitializeAsync() => Service = await TestApp.StartAsync(keys);

    public async Task DisposeAsync() => await Service.DisposeAsync();
}
