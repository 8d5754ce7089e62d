using System.Collections.Generic;
using System.Linq;

namespace OpenCx.Scopes.OpenApi;

/// <summary>The texts of the OpenCxApiKey security scheme and of the responses a protected operation adds.</summary>
internal static class OpenCxSecurityScheme
{
    public const string Name = "OpenCxApiKey";
    public const string FullAccessExtension = "x-opencx-full-access";
    public const string Unauthorized = "401";
    public const string Forbidden = "403";

    public static string Description(IEnumerable<string> catalogScopes) =>
        "An OpenCX API key, sent as `Authorization: Bearer <key>`. A key is full access (every operation) or holds "
        + "scopes of the form `resource:action`, where `read` grants GET / list and `write` grants create / update / delete. "
        + "Each operation lists the scopes it needs; an empty list with `x-opencx-full-access: true` means a full-access key only.\n\n"
        + "Scopes: " + string.Join(", ", catalogScopes.Select(scope => "`" + scope + "`")) + ".";

    public const string UnauthorizedDescription = "No API key, or a malformed, unknown or revoked one (`WWW-Authenticate: Bearer`).";

    public static string ForbiddenDescription(EndpointScopeRequirement requirement) => requirement.FullAccess
        ? "The API key is valid but not a full-access key."
        : "The API key is valid but lacks a required scope (" + string.Join(", ", requirement.Scopes) + "); "
          + "`WWW-Authenticate: Bearer error=\"insufficient_scope\"` names the missing ones.";
}
