namespace OpenCx.Scopes.Generator;

/// <summary>The MSBuild settings the generator reads, and what the compilation references.</summary>
internal sealed record GeneratorOptions(string Namespace, bool IsPublic, string? CatalogFileSetting)
{
    public const string DefaultNamespace = "OpenCx.Scopes";

    public string Accessibility => IsPublic ? "public" : "internal";
}

/// <summary>Which optional parts of the generated code the compilation can use or already has.</summary>
internal sealed record ReferenceFacts(bool HasRouting, bool HasRuntimePackage)
{
    public static readonly ReferenceFacts None = new(false, false);

    public ReferenceFacts Or(ReferenceFacts other) => new(HasRouting || other.HasRouting, HasRuntimePackage || other.HasRuntimePackage);
}
