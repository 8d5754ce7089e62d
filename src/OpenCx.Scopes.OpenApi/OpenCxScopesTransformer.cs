using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OpenApi;
#if NET10_0_OR_GREATER
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
#else
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;
#endif

namespace OpenCx.Scopes.OpenApi;

/// <summary>
/// Adds the OpenCxApiKey scheme to the document and, to each operation, the scopes its endpoint requires.
/// Microsoft.AspNetCore.OpenApi 9 writes with Microsoft.OpenApi 1.x, version 10 with 2.x: their object
/// models differ, hence the two halves below.
/// </summary>
internal sealed class OpenCxScopesTransformer(IEnumerable<string> catalogScopes) : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        AddScheme(document);
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = EndpointMetadataLookup.For(context.Description, context.ApplicationServices);
        var requirement = EndpointScopeRequirement.From(metadata);
        if (!requirement.IsProtected)
        {
            return Task.CompletedTask;
        }

#if NET10_0_OR_GREATER
        var document = context.Document;
        if (document is not null)
        {
            AddScheme(document);
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(OpenCxSecurityScheme.Name, document)] = [.. requirement.Scopes],
        });
        operation.Responses ??= [];
        if (requirement.FullAccess)
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions[OpenCxSecurityScheme.FullAccessExtension] = new JsonNodeExtension(JsonValue.Create(true));
        }
#else
        var scheme = new OpenApiSecurityScheme { Reference = new OpenApiReference { Type = ReferenceType.SecurityScheme, Id = OpenCxSecurityScheme.Name } };
        operation.Security.Add(new OpenApiSecurityRequirement { [scheme] = [.. requirement.Scopes] });
        operation.Responses ??= [];
        if (requirement.FullAccess)
        {
            operation.Extensions[OpenCxSecurityScheme.FullAccessExtension] = new OpenApiBoolean(true);
        }
#endif
        operation.Responses.TryAdd(OpenCxSecurityScheme.Unauthorized, new OpenApiResponse { Description = OpenCxSecurityScheme.UnauthorizedDescription });
        operation.Responses.TryAdd(OpenCxSecurityScheme.Forbidden, new OpenApiResponse { Description = OpenCxSecurityScheme.ForbiddenDescription(requirement) });
        return Task.CompletedTask;
    }

    private void AddScheme(OpenApiDocument document)
    {
        var scheme = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = OpenCxSecurityScheme.Description(catalogScopes),
        };
#if NET10_0_OR_GREATER
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        if (document.Components.SecuritySchemes.TryAdd(OpenCxSecurityScheme.Name, scheme))
        {
            // Registers the scheme with the document's workspace, so references to it resolve when written.
            document.Workspace?.RegisterComponentForDocument(document, scheme, OpenCxSecurityScheme.Name);
        }
#else
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes.TryAdd(OpenCxSecurityScheme.Name, scheme);
#endif
    }
}
