namespace OpenCx.Scopes.Analyzers.Credentials;

/// <summary>A header written out as text, <c>Authorization: Bearer …</c> or <c>X-Api-Key: …</c>, as Refit's [Headers] takes it.</summary>
internal static class HeaderLine
{
    public static bool TrySplit(string text, CredentialSettings settings, out string name, out string value)
    {
        var colon = text.IndexOf(':');
        name = colon > 0 ? text.Substring(0, colon).Trim() : string.Empty;
        value = colon > 0 ? text.Substring(colon + 1).Trim() : string.Empty;
        return colon > 0 && settings.IsKeyHeader(name);
    }
}
