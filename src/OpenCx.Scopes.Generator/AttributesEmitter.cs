using System.Text;

namespace OpenCx.Scopes.Generator;

/// <summary>Writes RequiresScopeAttribute and RequiresFullAccessAttribute, always in namespace OpenCx.Scopes.</summary>
internal static class AttributesEmitter
{
    public static string Emit(GeneratorOptions options, bool embedded)
    {
        var code = new StringBuilder(SourceHeader.Text);
        code.AppendLine($"namespace {WellKnownNames.AttributeNamespace}");
        code.AppendLine("{");
        code.AppendLine("    /// <summary>The endpoint needs an API key with this scope, or a full-access key. Several on one endpoint are all required.</summary>");
        ScopesClassEmitter.AppendTypeAttributes(code, embedded);
        code.AppendLine("    [global::System.AttributeUsage(global::System.AttributeTargets.Class | global::System.AttributeTargets.Method, AllowMultiple = true, Inherited = true)]");
        code.AppendLine($"    {options.Accessibility} sealed class RequiresScopeAttribute : global::System.Attribute");
        code.AppendLine("    {");
        code.AppendLine("        /// <summary>Requires <paramref name=\"scope\"/>, such as <c>OpenCxScopes.Contacts.Read</c>.</summary>");
        code.AppendLine("        /// <param name=\"scope\">A <c>resource:action</c> scope from the catalog.</param>");
        code.AppendLine("        public RequiresScopeAttribute(string scope)");
        code.AppendLine("        {");
        code.AppendLine("            Scope = scope;");
        code.AppendLine("        }");
        code.AppendLine();
        code.AppendLine("        /// <summary>The required scope.</summary>");
        code.AppendLine("        public string Scope { get; }");
        code.AppendLine("    }");
        code.AppendLine();
        code.AppendLine("    /// <summary>The endpoint is for full-access API keys only; scoped keys are refused.</summary>");
        ScopesClassEmitter.AppendTypeAttributes(code, embedded);
        code.AppendLine("    [global::System.AttributeUsage(global::System.AttributeTargets.Class | global::System.AttributeTargets.Method, AllowMultiple = false, Inherited = true)]");
        code.AppendLine($"    {options.Accessibility} sealed class RequiresFullAccessAttribute : global::System.Attribute");
        code.AppendLine("    {");
        code.AppendLine("    }");
        code.AppendLine("}");
        return code.ToString();
    }
}
