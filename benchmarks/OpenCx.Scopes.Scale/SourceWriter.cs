using System.Text;

namespace OpenCx.Scopes.Scale;

/// <summary>Builds one C# file and counts the lines and string literals it writes, so the total can be hit exactly.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder text = new();

    public int Literals { get; private set; }

    public int Lines { get; private set; }

    public SourceWriter Line(string line = "")
    {
        Lines++;
        text.Append(line).Append('\n');
        return this;
    }

    /// <summary>A quoted C# string literal (the value must need no escaping).</summary>
    public string Literal(string value)
    {
        Literals++;
        return "\"" + value + "\"";
    }

    public override string ToString() => text.ToString();
}
