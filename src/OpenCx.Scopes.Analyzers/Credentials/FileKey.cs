using Microsoft.CodeAnalysis.Text;

namespace OpenCx.Scopes.Analyzers.Credentials;

/// <summary>A key found in a configuration or request file: where it is, the setting that holds it, and why it is taken for a key.</summary>
internal sealed class FileKey
{
    public FileKey(TextSpan span, string setting, KeyEvidence evidence, string role)
    {
        Span = span;
        Setting = setting;
        Evidence = evidence;
        Role = role;
    }

    public TextSpan Span { get; }

    /// <summary>The file's name for the place (<c>OpenCx:ApiKey</c>, <c>header 'Authorization'</c>), never the value.</summary>
    public string Setting { get; }

    public KeyEvidence Evidence { get; }

    public string Role { get; }

    /// <summary>The key inside a value that starts at <paramref name="valueStart"/>, judged as OCX0003 judges a literal.</summary>
    public static FileKey? Judge(string value, int valueStart, string setting, bool inKeyPlace, string role, CredentialSettings settings)
    {
        if (value.Trim().Length == 0 || !KeyShape.MightHoldKey(value))
        {
            return null;
        }

        var evidence = KeyShape.Judge(value, inKeyPlace, settings);
        if (evidence == KeyEvidence.None)
        {
            return null;
        }

        if (evidence == KeyEvidence.NamedInText)
        {
            role = EmbeddedKey.Find(value)!.Role;
        }

        var (start, length) = KeyShape.Locate(value, settings);
        return new FileKey(new TextSpan(valueStart + start, length), setting, evidence, role);
    }
}
