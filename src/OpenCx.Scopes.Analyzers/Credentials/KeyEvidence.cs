namespace OpenCx.Scopes.Analyzers.Credentials;

/// <summary>Why a value is taken for a key; named in the message instead of the value itself.</summary>
internal enum KeyEvidence
{
    None,
    OpenCxPrefix,
    ConfiguredPrefix,
    JsonWebToken,
    RandomValue,

    /// <summary>A random value the text itself names as a key: <c>?api_key=…</c>, <c>"apiKey":"…"</c>, a URL's password.</summary>
    NamedInText,
}
