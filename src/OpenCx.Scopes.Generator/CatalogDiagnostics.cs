using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenCx.Scopes.Catalog;

namespace OpenCx.Scopes.Generator;

/// <summary>The OCX01xx descriptors: problems in the catalog file, each naming its fix.</summary>
internal static class CatalogDiagnostics
{
    private const string Category = "OpenCx.Catalog";

    public static readonly DiagnosticDescriptor Unreadable = new(
        CatalogRuleIds.Unreadable,
        "The scope catalog can't be read",
        "The scope catalog can't be read: {0}; fix it here, no scopes are generated until it parses",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: RuleHelp.DocsRoot + CatalogRuleIds.Unreadable + ".md");

    public static readonly DiagnosticDescriptor FileNotFound = new(
        CatalogRuleIds.FileNotFound,
        "The scope catalog file does not exist",
        "OpenCxScopesFile names '{0}', which does not exist; fix the path, or remove the property to use the project's scopes.json or the official catalog",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: RuleHelp.DocsRoot + CatalogRuleIds.FileNotFound + ".md");

    public static readonly DiagnosticDescriptor InvalidShape = new(
        CatalogRuleIds.InvalidShape,
        "A catalog value has the wrong type",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: RuleHelp.DocsRoot + CatalogRuleIds.InvalidShape + ".md");

    public static readonly DiagnosticDescriptor InvalidResourceId = new(
        CatalogRuleIds.InvalidResourceId,
        "A resource id is not lower-case kebab case",
        "Resource id '{0}' is not valid; {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: RuleHelp.DocsRoot + CatalogRuleIds.InvalidResourceId + ".md");

    public static readonly DiagnosticDescriptor DuplicateResourceId = new(
        CatalogRuleIds.DuplicateResourceId,
        "A resource id is defined twice",
        "Resource id '{0}' is already defined on line {1}; remove or rename one of them",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: RuleHelp.DocsRoot + CatalogRuleIds.DuplicateResourceId + ".md");

    public static readonly DiagnosticDescriptor UnknownAction = new(
        CatalogRuleIds.UnknownAction,
        "An action is neither read nor write",
        "'{0}' is not an action; {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: RuleHelp.DocsRoot + CatalogRuleIds.UnknownAction + ".md");

    public static readonly DiagnosticDescriptor MissingActions = new(
        CatalogRuleIds.MissingActions,
        "A resource has no actions",
        "Resource '{0}' has no actions; list \"read\", \"write\" or both",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: RuleHelp.DocsRoot + CatalogRuleIds.MissingActions + ".md");

    public static readonly DiagnosticDescriptor IdentifierCollision = new(
        CatalogRuleIds.IdentifierCollision,
        "Two resources generate the same C# name",
        "Resource '{0}' would generate the class name '{1}', already used by {2}; set a distinct \"identifier\"",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: RuleHelp.DocsRoot + CatalogRuleIds.IdentifierCollision + ".md");

    public static readonly DiagnosticDescriptor InvalidIdentifier = new(
        CatalogRuleIds.InvalidIdentifier,
        "A resource's C# name is not a valid identifier",
        "'{0}' is not a valid C# class name for resource '{1}'; set \"identifier\" to a name such as \"ChatSessions\"",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: RuleHelp.DocsRoot + CatalogRuleIds.InvalidIdentifier + ".md");

    public static readonly DiagnosticDescriptor MissingName = new(
        CatalogRuleIds.MissingName,
        "A resource has no name",
        "Resource '{0}' has no \"name\"; add its display name, such as \"Chat sessions\"",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: RuleHelp.DocsRoot + CatalogRuleIds.MissingName + ".md");

    public static readonly DiagnosticDescriptor UnknownProperty = new(
        CatalogRuleIds.UnknownProperty,
        "A catalog property is not recognised",
        "Unknown property '{0}' in {1} is ignored; {2}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: RuleHelp.DocsRoot + CatalogRuleIds.UnknownProperty + ".md");

    public static readonly DiagnosticDescriptor DuplicateAction = new(
        CatalogRuleIds.DuplicateAction,
        "An action is listed twice",
        "Action '{0}' is listed twice for resource '{1}'; remove the repeat",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: RuleHelp.DocsRoot + CatalogRuleIds.DuplicateAction + ".md");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new[]
    {
        Unreadable, FileNotFound, InvalidShape, InvalidResourceId, DuplicateResourceId, UnknownAction,
        MissingActions, IdentifierCollision, InvalidIdentifier, MissingName, UnknownProperty, DuplicateAction,
    }.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor For(string ruleId) => ById[ruleId];
}
