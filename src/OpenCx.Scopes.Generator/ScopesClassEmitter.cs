using System.Linq;
using System.Text;
using OpenCx.Scopes.Catalog;

namespace OpenCx.Scopes.Generator;

/// <summary>Writes the OpenCxScopes class: a nested class per resource, a constant per scope, All and IsKnown.</summary>
internal static class ScopesClassEmitter
{
    public static string Emit(ScopeCatalog catalog, GeneratorOptions options, bool embedded)
    {
        var code = new StringBuilder(SourceHeader.Text);
        code.AppendLine($"namespace {options.Namespace}");
        code.AppendLine("{");
        code.AppendLine("    /// <summary>The OpenCX API scopes of the catalog: <c>resource:action</c>, where read grants GET / list and write grants create / update / delete.</summary>");
        AppendTypeAttributes(code, embedded);
        code.AppendLine($"    {options.Accessibility} static partial class {WellKnownNames.ScopesClass}");
        code.AppendLine("    {");
        foreach (var resource in catalog.Resources)
        {
            AppendResource(code, resource, options);
        }

        AppendAll(code, catalog, options);
        AppendIsKnown(code, catalog, options);
        code.AppendLine("    }");
        code.AppendLine("}");
        return code.ToString();
    }

    private static void AppendResource(StringBuilder code, ScopeResource resource, GeneratorOptions options)
    {
        code.AppendLine($"        /// <summary>Scopes of the {Xml(resource.Name)} resource (<c>{resource.Id}</c>).{DescriptionSentence(resource)}</summary>");
        code.AppendLine($"        {options.Accessibility} static class {resource.Identifier}");
        code.AppendLine("        {");
        foreach (var action in resource.Actions)
        {
            var grants = action == ScopeCatalog.Read ? "read access (GET / list)" : "write access (create / update / delete)";
            code.AppendLine($"            /// <summary><c>{resource.Id}:{action}</c>: grants {grants} to {Xml(resource.Name)}.</summary>");
            code.AppendLine($"            public const string {Pascal(action)} = \"{resource.Id}:{action}\";");
        }

        if (resource.Actions.Count == 1)
        {
            code.AppendLine();
            code.AppendLine($"            // {Xml(resource.Name)} only supports {resource.Actions[0]}: there is no {(resource.Actions[0] == ScopeCatalog.Read ? ScopeCatalog.Write : ScopeCatalog.Read)} scope.");
        }

        code.AppendLine("        }");
        code.AppendLine();
    }

    private static void AppendAll(StringBuilder code, ScopeCatalog catalog, GeneratorOptions options)
    {
        code.AppendLine("        /// <summary>Every scope of the catalog, in catalog order.</summary>");
        code.AppendLine($"        {options.Accessibility} static global::System.Collections.Generic.IReadOnlyList<string> All {{ get; }} = global::System.Array.AsReadOnly(new string[]");
        code.AppendLine("        {");
        foreach (var scope in catalog.AllScopes)
        {
            code.AppendLine($"            \"{scope}\",");
        }

        code.AppendLine("        });");
        code.AppendLine();
    }

    private static void AppendIsKnown(StringBuilder code, ScopeCatalog catalog, GeneratorOptions options)
    {
        code.AppendLine("        /// <summary>True when <paramref name=\"scope\"/> is exactly one of the scopes in <see cref=\"All\"/> (case-sensitive).</summary>");
        code.AppendLine("        /// <param name=\"scope\">A scope such as <c>contacts:read</c>.</param>");
        code.AppendLine($"        {options.Accessibility} static bool IsKnown(string scope)");
        code.AppendLine("        {");
        code.AppendLine("            switch (scope)");
        code.AppendLine("            {");
        foreach (var scope in catalog.AllScopes)
        {
            code.AppendLine($"                case \"{scope}\":");
        }

        if (catalog.AllScopes.Any())
        {
            code.AppendLine("                    return true;");
        }

        code.AppendLine("                default:");
        code.AppendLine("                    return false;");
        code.AppendLine("            }");
        code.AppendLine("        }");
    }

    internal static void AppendTypeAttributes(StringBuilder code, bool embedded)
    {
        code.AppendLine("    [global::System.CodeDom.Compiler.GeneratedCode(\"OpenCx.Scopes\", \"1.0.0\")]");
        if (embedded)
        {
            code.AppendLine("    [global::Microsoft.CodeAnalysis.Embedded]");
        }
    }

    private static string DescriptionSentence(ScopeResource resource) =>
        resource.Description is null ? string.Empty : " " + Xml(resource.Description);

    private static string Pascal(string action) => char.ToUpperInvariant(action[0]) + action.Substring(1);

    private static string Xml(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", " ").Replace("\n", " ");
}
