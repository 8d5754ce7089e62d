using System.Collections.Generic;

namespace OpenCx.Scopes.AspNetCore;

/// <summary>The RFC 6750 WWW-Authenticate values the API-key scheme answers with.</summary>
internal static class BearerChallenge
{
    public const string MissingCredentials = "Bearer";

    public const string InvalidToken = "Bearer error=\"invalid_token\"";

    public static string InsufficientScope(IReadOnlyCollection<string> missingScopes) =>
        missingScopes.Count == 0
            ? "Bearer error=\"insufficient_scope\""
            : $"Bearer error=\"insufficient_scope\", scope=\"{string.Join(' ', missingScopes)}\"";
}
