using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace OpenCx.Scopes.Analyzers.Scopes;

/// <summary>A valid scope a fix can put in place of an argument, and the generated constant that holds it, if any.</summary>
internal readonly struct ScopeReplacement
{
    public ScopeReplacement(string scope, string? constantId)
    {
        Scope = scope;
        ConstantId = constantId;
    }

    public string Scope { get; }

    /// <summary>The documentation id of the generated constant (<c>F:OpenCx.Scopes.OpenCxScopes.Contacts.Read</c>), or null.</summary>
    public string? ConstantId { get; }
}

/// <summary>Carries the replacements from an analyzer to its fixer in the diagnostic's properties.</summary>
internal static class ScopeReplacements
{
    private const string ScopeKey = "Scope";
    private const string ConstantKey = "Constant";

    public static ImmutableDictionary<string, string?> ToProperties(IEnumerable<string> scopes, GeneratedScopeConstants constants)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        var index = 0;
        foreach (var scope in scopes)
        {
            properties.Add(ScopeKey + index.ToString(CultureInfo.InvariantCulture), scope);
            if (constants.Find(scope) is { } constant)
            {
                properties.Add(ConstantKey + index.ToString(CultureInfo.InvariantCulture), constant.GetDocumentationCommentId());
            }

            index++;
        }

        return properties.ToImmutable();
    }

    public static ImmutableArray<ScopeReplacement> FromProperties(ImmutableDictionary<string, string?> properties)
    {
        var replacements = ImmutableArray.CreateBuilder<ScopeReplacement>();
        for (var index = 0; properties.TryGetValue(ScopeKey + index.ToString(CultureInfo.InvariantCulture), out var scope) && scope is not null; index++)
        {
            properties.TryGetValue(ConstantKey + index.ToString(CultureInfo.InvariantCulture), out var constantId);
            replacements.Add(new ScopeReplacement(scope, constantId));
        }

        return replacements.ToImmutable();
    }
}
