using System;
using System.Security.Cryptography;
using OpenCx.Scopes.AspNetCore;

namespace OpenCx.Scopes.AspNetCore.Tests.Infrastructure;

/// <summary>A key made fresh for each test run: nothing secret is written in the tests.</summary>
internal sealed record TestKey(string Name, string Secret)
{
    public static TestKey Create(string name) =>
        new(name, "ocx_test_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant());

    public string Sha256 => OpenCxApiKeyHash.ComputeHex(Secret);

    public string Header => "Bearer " + Secret;
}
