using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OpenCx.Scopes.Analyzers;

/// <summary>The using aliases of a compilation; looked up once per compilation.</summary>
internal static class UsingAliases
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<bool>> PerCompilation = new();

    public static bool AnyIn(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static c => new StrongBox<bool>(c.SyntaxTrees.Any(HasAlias))).Value;

    /// <summary>
    /// The names of the aliases that may stand for a type whose own name is one of <paramref name="typeNames"/>
    /// (<c>using Scope = OpenCx.Scopes.RequiresScopeAttribute;</c> gives <c>Scope</c>), by their written target.
    /// </summary>
    public static ImmutableArray<string> NamesFor(Compilation compilation, IReadOnlyCollection<string> typeNames)
    {
        if (!AnyIn(compilation))
        {
            return ImmutableArray<string>.Empty;
        }

        var aliases = compilation.SyntaxTrees.SelectMany(tree => Usings(tree.GetRoot())).Where(u => u.Alias is not null).ToList();
        var names = new HashSet<string>(typeNames);
        var found = new List<string>();
        // An alias may name another alias of an outer scope: go on until no new name turns up.
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var alias in aliases)
            {
                var name = alias.Alias!.Name.Identifier.ValueText;
                if (!names.Contains(name) && RightmostName(alias.NamespaceOrType) is { } target && names.Contains(target))
                {
                    names.Add(name);
                    found.Add(name);
                    grew = true;
                }
            }
        }

        return found.ToImmutableArray();
    }

    private static string? RightmostName(TypeSyntax? type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };

    private static IEnumerable<UsingDirectiveSyntax> Usings(SyntaxNode root) => root switch
    {
        CompilationUnitSyntax unit => unit.Usings.Concat(unit.Members.OfType<BaseNamespaceDeclarationSyntax>().SelectMany(Usings)),
        BaseNamespaceDeclarationSyntax ns => ns.Usings.Concat(ns.Members.OfType<BaseNamespaceDeclarationSyntax>().SelectMany(Usings)),
        _ => Enumerable.Empty<UsingDirectiveSyntax>(),
    };

    private static bool HasAlias(SyntaxTree tree) =>
        tree.GetRoot() is CompilationUnitSyntax root
        && (root.Usings.Any(u => u.Alias is not null) || root.Members.OfType<BaseNamespaceDeclarationSyntax>().Any(HasAlias));

    private static bool HasAlias(BaseNamespaceDeclarationSyntax ns) =>
        ns.Usings.Any(u => u.Alias is not null) || ns.Members.OfType<BaseNamespaceDeclarationSyntax>().Any(HasAlias);
}
