using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenCx.Scopes.Catalog;

namespace OpenCx.Scopes.Analyzers.Scopes;

/// <summary>
/// The generated <c>OpenCxScopes.&lt;Resource&gt;.&lt;Action&gt;</c> constants the compilation can use, by scope.
/// The class lives in the namespace the OpenCxScopesNamespace build property names (OpenCx.Scopes by default).
/// </summary>
internal sealed class GeneratedScopeConstants
{
    public static readonly GeneratedScopeConstants None = new(new Dictionary<string, IFieldSymbol>());

    private readonly Dictionary<string, IFieldSymbol> byScope;

    private GeneratedScopeConstants(Dictionary<string, IFieldSymbol> byScope) => this.byScope = byScope;

    public static GeneratedScopeConstants For(Compilation compilation, AnalyzerOptions options)
    {
        var scopesClass = FindScopesClass(compilation, options);
        if (scopesClass is null)
        {
            return None;
        }

        var byScope = new Dictionary<string, IFieldSymbol>();
        foreach (var resource in scopesClass.GetTypeMembers())
        {
            if (!resource.IsStatic)
            {
                continue;
            }

            foreach (var member in resource.GetMembers())
            {
                if (member is IFieldSymbol { IsConst: true, ConstantValue: string scope } constant
                    && compilation.IsSymbolAccessibleWithin(constant, compilation.Assembly)
                    && !byScope.ContainsKey(scope))
                {
                    byScope.Add(scope, constant);
                }
            }
        }

        return new GeneratedScopeConstants(byScope);
    }

    public IFieldSymbol? Find(string scope) => byScope.TryGetValue(scope, out var constant) ? constant : null;

    /// <summary>How code names the constant once its namespace is imported: <c>OpenCxScopes.Contacts.Read</c>.</summary>
    public static string DisplayName(IFieldSymbol constant) =>
        WellKnownNames.ScopesClass + "." + constant.ContainingType.Name + "." + constant.Name;

    private static INamedTypeSymbol? FindScopesClass(Compilation compilation, AnalyzerOptions options)
    {
        var configured = options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(CatalogFile.NamespaceProperty, out var ns)
            && !string.IsNullOrWhiteSpace(ns)
                ? compilation.GetTypeByMetadataName(ns.Trim() + "." + WellKnownNames.ScopesClass)
                : null;
        var scopesClass = configured ?? compilation.GetTypeByMetadataName(WellKnownNames.AttributeNamespace + "." + WellKnownNames.ScopesClass);
        return scopesClass is { IsStatic: true } && compilation.IsSymbolAccessibleWithin(scopesClass, compilation.Assembly) ? scopesClass : null;
    }
}
