using System.Reflection;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace OpenCx.Scopes.Generator;

/// <summary>
/// Which of the types the generator cares about a reference defines publicly, read from the reference's metadata
/// tables. Asking the compilation instead would bind every reference and create the source assembly before the
/// compiler does, and would be asked again after every edit; references change far less often.
/// </summary>
internal static class ReferencedTypes
{
    private static readonly (string Namespace, string Name) Routing = Split(WellKnownNames.EndpointConventionBuilder);
    private static readonly (string Namespace, string Name) Runtime = Split(WellKnownNames.RequiresScopeAttribute);

    public static ReferenceFacts Of(MetadataReference reference) => reference switch
    {
        PortableExecutableReference file => OfFile(file),
        CompilationReference project => new ReferenceFacts(
            HasRouting: IsPublic(project.Compilation.Assembly.GetTypeByMetadataName(WellKnownNames.EndpointConventionBuilder)),
            HasRuntimePackage: IsPublic(project.Compilation.Assembly.GetTypeByMetadataName(WellKnownNames.RequiresScopeAttribute))),
        _ => ReferenceFacts.None,
    };

    private static ReferenceFacts OfFile(PortableExecutableReference reference)
    {
        bool routing = false, runtime = false;
        try
        {
            if (reference.GetMetadata() is not AssemblyMetadata assembly)
            {
                return ReferenceFacts.None;
            }

            foreach (var module in assembly.GetModules())
            {
                var reader = module.GetMetadataReader();
                foreach (var handle in reader.TypeDefinitions)
                {
                    var type = reader.GetTypeDefinition(handle);
                    if ((type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)
                    {
                        routing |= Is(reader, type, Routing);
                        runtime |= Is(reader, type, Runtime);
                    }
                }
            }
        }
        catch (System.Exception exception) when (exception is System.BadImageFormatException or System.IO.IOException)
        {
            // The compiler reports an unreadable reference itself; it defines nothing we can use.
        }

        return new ReferenceFacts(routing, runtime);
    }

    private static bool Is(MetadataReader reader, TypeDefinition type, (string Namespace, string Name) wanted) =>
        reader.StringComparer.Equals(type.Name, wanted.Name) && reader.StringComparer.Equals(type.Namespace, wanted.Namespace);

    private static (string Namespace, string Name) Split(string fullName)
    {
        var dot = fullName.LastIndexOf('.');
        return (fullName.Substring(0, dot), fullName.Substring(dot + 1));
    }

    private static bool IsPublic(INamedTypeSymbol? type) => type?.DeclaredAccessibility == Accessibility.Public;
}
