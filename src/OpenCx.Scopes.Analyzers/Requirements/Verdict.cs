using System.Collections.Generic;

namespace OpenCx.Scopes.Analyzers.Requirements;

internal enum VerdictKind
{
    /// <summary>Every path to the endpoint carries a requirement.</summary>
    Scoped,

    /// <summary>Some path carries none, and the analyzer saw it: OCX0001.</summary>
    Unscoped,

    /// <summary>A builder on the way went where a requirement could be added unseen: OCX0007.</summary>
    Unknown,
}

/// <summary>The answer for one endpoint; <see cref="Reason"/> says why it is unknown.</summary>
internal readonly record struct Verdict(VerdictKind Kind, string? Reason = null)
{
    public static readonly Verdict Scoped = new(VerdictKind.Scoped);
    public static readonly Verdict Unscoped = new(VerdictKind.Unscoped);

    public static Verdict Unknown(string reason) => new(VerdictKind.Unknown, reason);

    /// <summary>All of several ways in: one without a requirement is enough to report; else one unknown makes it unknown.</summary>
    public static Verdict Meet(IEnumerable<Verdict> verdicts)
    {
        var result = Scoped;
        foreach (var verdict in verdicts)
        {
            if (verdict.Kind == VerdictKind.Unscoped)
            {
                return verdict;
            }

            if (verdict.Kind == VerdictKind.Unknown && result.Kind == VerdictKind.Scoped)
            {
                result = verdict;
            }
        }

        return result;
    }

    /// <summary>Two sources of requirements that both apply to the same endpoint: a requirement from either is enough.</summary>
    public static Verdict Either(Verdict first, Verdict second) =>
        first.Kind == VerdictKind.Scoped || second.Kind == VerdictKind.Unscoped ? first
        : second.Kind == VerdictKind.Scoped || first.Kind == VerdictKind.Unscoped ? second
        : first;
}
