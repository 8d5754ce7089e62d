using System.Text;

namespace OpenCx.Scopes.Generator;

/// <summary>Writes RequireScope / RequireFullAccess for endpoint convention builders (endpoints and route groups).</summary>
internal static class EndpointExtensionsEmitter
{
    public static string Emit(GeneratorOptions options, bool embedded)
    {
        var code = new StringBuilder(SourceHeader.Text);
        code.AppendLine($"namespace {WellKnownNames.AttributeNamespace}");
        code.AppendLine("{");
        code.AppendLine("    /// <summary>Adds OpenCX scope requirements to minimal-API endpoints and route groups.</summary>");
        ScopesClassEmitter.AppendTypeAttributes(code, embedded);
        code.AppendLine($"    {options.Accessibility} static class OpenCxScopesEndpointConventionBuilderExtensions");
        code.AppendLine("    {");
        code.AppendLine("        /// <summary>The endpoints need an API key with <paramref name=\"scope\"/>, or a full-access key.</summary>");
        code.AppendLine("        /// <param name=\"builder\">An endpoint or a route group.</param>");
        code.AppendLine("        /// <param name=\"scope\">A <c>resource:action</c> scope, such as <c>OpenCxScopes.Contacts.Read</c>.</param>");
        code.AppendLine("        /// <returns>The same builder.</returns>");
        code.AppendLine("        public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope)");
        code.AppendLine("            where TBuilder : global::Microsoft.AspNetCore.Builder.IEndpointConventionBuilder");
        code.AppendLine("        {");
        code.AppendLine("            var requirement = new global::OpenCx.Scopes.RequiresScopeAttribute(scope);");
        code.AppendLine("            builder.Add(endpoint => endpoint.Metadata.Add(requirement));");
        code.AppendLine("            return builder;");
        code.AppendLine("        }");
        code.AppendLine();
        code.AppendLine("        /// <summary>The endpoints are for full-access API keys only.</summary>");
        code.AppendLine("        /// <param name=\"builder\">An endpoint or a route group.</param>");
        code.AppendLine("        /// <returns>The same builder.</returns>");
        code.AppendLine("        public static TBuilder RequireFullAccess<TBuilder>(this TBuilder builder)");
        code.AppendLine("            where TBuilder : global::Microsoft.AspNetCore.Builder.IEndpointConventionBuilder");
        code.AppendLine("        {");
        code.AppendLine("            var requirement = new global::OpenCx.Scopes.RequiresFullAccessAttribute();");
        code.AppendLine("            builder.Add(endpoint => endpoint.Metadata.Add(requirement));");
        code.AppendLine("            return builder;");
        code.AppendLine("        }");
        code.AppendLine("    }");
        code.AppendLine("}");
        return code.ToString();
    }
}
