using System.Collections.Generic;
using System.Linq;
using OpenCx.Scopes.Catalog;

namespace OpenCx.Scopes.Analyzers.Scopes;

/// <summary>Explains, in one clause, why a scope is not in the catalog and what to write instead.</summary>
internal static class ScopeProblemMessage
{
    public static string Explain(ScopeVerdict verdict, ScopeCatalog catalog)
    {
        var suggestions = verdict.Suggestions;
        switch (verdict.Kind)
        {
            case ScopeProblemKind.WrongCase:
                return "scopes are lower case; use " + Either(suggestions);
            case ScopeProblemKind.UnknownResource:
                var resourceId = verdict.Scope.Substring(0, verdict.Scope.IndexOf(':'));
                return $"there is no resource '{resourceId}'" + DidYouMean(suggestions);
            case ScopeProblemKind.UnknownAction:
                return UnknownAction(verdict);
            case ScopeProblemKind.ActionNotSupported:
                return OnlySupports(verdict.Resource!) + "; use " + Either(suggestions);
            default:
                return suggestions.IsEmpty
                    ? $"a scope is 'resource:action', such as '{catalog.AllScopes.FirstOrDefault() ?? "contacts:read"}'"
                    : "a scope is 'resource:action'" + DidYouMean(suggestions);
        }
    }

    private static string UnknownAction(ScopeVerdict verdict)
    {
        var resource = verdict.Resource!;
        var action = verdict.Scope.Substring(verdict.Scope.IndexOf(':') + 1);
        var notAnAction = $"'{action}' is not an action, the actions are read and write";
        var intended = ScopeSuggestions.ActionFor(action);
        if (intended is null)
        {
            return notAnAction + DidYouMean(verdict.Suggestions);
        }

        return resource.Actions.Contains(intended)
            ? $"{notAnAction}; {action} needs '{resource.Id}:{intended}'"
            : $"{notAnAction}; {action} needs {intended}, and {OnlySupports(resource)} (use {Either(verdict.Suggestions)})";
    }

    private static string OnlySupports(ScopeResource resource) =>
        $"{resource.Name} only supports {string.Join(" and ", resource.Actions)}";

    private static string DidYouMean(IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0 ? string.Empty : "; did you mean " + Either(suggestions) + "?";

    private static string Either(IReadOnlyList<string> scopes)
    {
        var quoted = scopes.Select(scope => "'" + scope + "'").ToList();
        return quoted.Count <= 1
            ? string.Concat(quoted)
            : string.Join(", ", quoted.Take(quoted.Count - 1)) + " or " + quoted[quoted.Count - 1];
    }
}
