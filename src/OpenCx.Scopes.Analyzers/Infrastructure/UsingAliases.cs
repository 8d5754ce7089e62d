using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OpenCx.Scopes.Analyzers;

/// <summary>Whether any file of a compilation declares a using alias; looked up once per compilation.</summary>
internal static class UsingAliases
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<bool>> PerCompilation = new();

    public static bool AnyIn(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static c => new StrongBox<bool>(c.SyntaxTrees.Any(HasAlias))).Value;

    private static bool HasAlias(SyntaxTree tree) =>
        tree.GetRoot() is CompilationUnitSyntax root
        && (root.Usings.Any(u => u.Alias is not null) || root.Members.OfType<BaseNamespaceDeclarationSyntax>().Any(HasAlias));

    private static bool HasAlias(BaseNamespaceDeclarationSyntax ns) =>
        ns.Usings.Any(u => u.Alias is not null) || ns.Members.OfType<BaseNamespaceDeclarationSyntax>().Any(HasAlias);
}
