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
        if (!IsWellFormed(scope))
        {
            return CheckMalformed(catalog, scope);
        }

        var separator = scope.IndexOf(':');
        var resourceId = scope.Substring(0, separator);
        var action = scope.Substring(separator + 1);
        if (catalog.FindResource(resourceId) is { } resource)
        {
            return CheckAction(resource, action, scope);
        }

        if (catalog.FindResource(resourceId.ToLowerInvariant()) is { } lowerResource)
        {
            // The resource only differs in case: whatever else is wrong with the action decides the verdict.
            var verdict = CheckAction(lowerResource, action, scope);
            return verdict.IsValid
                ? Verdict(ScopeProblemKind.WrongCase, scope, ImmutableArray.Create(lowerResource.Id + ":" + action), lowerResource)
                : verdict;
        }

        return Verdict(ScopeProblemKind.UnknownResource, scope, SuggestResources(catalog, resourceId, action), null);
    }

    /// <summary>True for <c>resource:action</c>: one colon, text on both sides, no white space.</summary>
    public static bool IsWellFormed(string scope)
    {
        var separator = scope.IndexOf(':');
        return separator > 0
            && separator == scope.LastIndexOf(':')
            && separator < scope.Length - 1
            && !scope.Any(char.IsWhiteSpace);
    }

    private static ScopeVerdict CheckAction(ScopeResource resource, string action, string scope)
    {
        if (resource.Actions.Contains(action))
        {
            return Verdict(ScopeProblemKind.None, scope, ImmutableArray<string>.Empty, resource);
        }

        var lowerAction = action.ToLowerInvariant();
        if (resource.Actions.Contains(lowerAction))
        {
            return Verdict(ScopeProblemKind.WrongCase, scope, ImmutableArray.Create(resource.Id + ":" + lowerAction), resource);
        }

        if (lowerAction is ScopeCatalog.Read or ScopeCatalog.Write)
        {
            return Verdict(ScopeProblemKind.ActionNotSupported, scope, resource.Scopes.ToImmutableArray(), resource);
        }

        return Verdict(ScopeProblemKind.UnknownAction, scope, ScopesOf(resource, ScopeSuggestions.ActionFor(lowerAction)), resource);
    }

    private static ScopeVerdict CheckMalformed(ScopeCatalog catalog, string scope)
    {
        var compact = new string(scope.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (compact != scope && IsWellFormed(compact))
        {
            var withoutSpaces = Check(catalog, compact);
            var suggestions = withoutSpaces.IsValid ? ImmutableArray.Create(compact) : withoutSpaces.Suggestions;
            return Verdict(ScopeProblemKind.Malformed, scope, suggestions, withoutSpaces.Resource);
        }

        // "contacts", "contacts:" or "contacts:read:all": the text before the first colon is the resource meant.
        var parts = compact.Split(new[] { ':' }, System.StringSplitOptions.RemoveEmptyEntries);
        var resourceId = parts.Length > 0 ? parts[0] : string.Empty;
        var action = parts.Length > 1 ? parts[1] : string.Empty;
        if (resourceId.Length == 0)
        {
            return Verdict(ScopeProblemKind.Malformed, scope, ImmutableArray<string>.Empty, null);
        }

        var resource = catalog.FindResource(resourceId.ToLowerInvariant());
        var suggested = resource is not null
            ? ScopesOf(resource, ScopeSuggestions.ActionFor(action))
            : SuggestResources(catalog, resourceId, action);
        return Verdict(ScopeProblemKind.Malformed, scope, suggested, resource);
    }

    /// <summary>The resource's scope for the intended action when it has it, else all its scopes.</summary>
    private static ImmutableArray<string> ScopesOf(ScopeResource resource, string? intendedAction) =>
        intendedAction is not null && resource.Actions.Contains(intendedAction)
            ? ImmutableArray.Create(resource.Id + ":" + intendedAction)
            : resource.Scopes.ToImmutableArray();

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
            .SelectMany(id => ScopesOf(catalog.FindResource(id)!, intended))
            .ToImmutableArray();
    }

    private static ScopeVerdict Verdict(ScopeProblemKind kind, string scope, ImmutableArray<string> suggestions, ScopeResource? resource) =>
        new(kind, scope, suggestions, resource);
}
