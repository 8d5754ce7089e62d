using System.Collections.Immutable;
using System.Linq;

namespace OpenCx.Scopes.Catalog;

/// <summary>Why a scope string is not in the catalog.</summary>
internal enum ScopeProblemKind
{
    None,
    Malformed,
    WrongCase,
    UnknownResource,
    UnknownAction,
    ActionNotSupported,
}

/// <summary>The verdict on one scope string, with the valid scopes to offer instead.</summary>
internal sealed record ScopeVerdict(ScopeProblemKind Kind, string Scope, ImmutableArray<string> Suggestions, ScopeResource? Resource)
{
    public bool IsValid => Kind == ScopeProblemKind.None;
}

/// <summary>Checks scope strings against a catalog and explains what is wrong.</summary>
internal static class ScopeCheck
{
    public static ScopeVerdict Check(ScopeCatalog catalog, string scope)
    {
        var parts = scope.Split(':');
        if (parts.Length != 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
        {
            var asResource = catalog.FindResource(scope.Trim().ToLowerInvariant());
            return Verdict(ScopeProblemKind.Malformed, scope, asResource?.Scopes.ToImmutableArray() ?? ImmutableArray<string>.Empty, asResource);
        }

        var (resourceId, action) = (parts[0], parts[1]);
        var resource = catalog.FindResource(resourceId);
        if (resource is null)
        {
            var lower = catalog.FindResource(resourceId.Trim().ToLowerInvariant());
            if (lower is not null && lower.Actions.Contains(action.Trim().ToLowerInvariant()))
            {
                return Verdict(ScopeProblemKind.WrongCase, scope, ImmutableArray.Create(lower.Id + ":" + action.Trim().ToLowerInvariant()), lower);
            }

            return Verdict(ScopeProblemKind.UnknownResource, scope, SuggestResources(catalog, resourceId, action), null);
        }

        if (resource.Actions.Contains(action))
        {
            return Verdict(ScopeProblemKind.None, scope, ImmutableArray<string>.Empty, resource);
        }

        var lowerAction = action.Trim().ToLowerInvariant();
        if (resource.Actions.Contains(lowerAction))
        {
            return Verdict(ScopeProblemKind.WrongCase, scope, ImmutableArray.Create(resource.Id + ":" + lowerAction), resource);
        }

        if (lowerAction is ScopeCatalog.Read or ScopeCatalog.Write)
        {
            return Verdict(ScopeProblemKind.ActionNotSupported, scope, resource.Scopes.ToImmutableArray(), resource);
        }

        var intended = ScopeSuggestions.ActionFor(lowerAction);
        var suggestions = intended is not null && resource.Actions.Contains(intended)
            ? ImmutableArray.Create(resource.Id + ":" + intended)
            : resource.Scopes.ToImmutableArray();
        return Verdict(ScopeProblemKind.UnknownAction, scope, suggestions, resource);
    }

    private static ImmutableArray<string> SuggestResources(ScopeCatalog catalog, string resourceId, string action)
    {
        var ids = catalog.Resources.Select(r => r.Id).ToArray();
        var lowerId = resourceId.Trim().ToLowerInvariant();
        var near = ScopeSuggestions.Nearest(lowerId, ids, maxDistance: System.Math.Max(1, lowerId.Length / 3))
            .Concat(ids.Where(id => id.StartsWith(lowerId, System.StringComparison.Ordinal) || (lowerId.Length >= 3 && lowerId.StartsWith(id, System.StringComparison.Ordinal))))
            .Distinct()
            .Take(3);
        var intended = ScopeSuggestions.ActionFor(action);
        return near
            .Select(id => catalog.FindResource(id)!)
            .SelectMany(r => intended is not null && r.Actions.Contains(intended) ? new[] { r.Id + ":" + intended } : r.Scopes)
            .ToImmutableArray();
    }

    private static ScopeVerdict Verdict(ScopeProblemKind kind, string scope, ImmutableArray<string> suggestions, ScopeResource? resource) =>
        new(kind, scope, suggestions, resource);
}
