namespace OpenCx.Scopes;

/// <summary>Full metadata names the generator emits and the analyzers recognise.</summary>
internal static class WellKnownNames
{
    public const string AttributeNamespace = "OpenCx.Scopes";
    public const string RequiresScopeAttribute = "OpenCx.Scopes.RequiresScopeAttribute";
    public const string RequiresFullAccessAttribute = "OpenCx.Scopes.RequiresFullAccessAttribute";
    public const string EndpointExtensions = "OpenCx.Scopes.OpenCxScopesEndpointConventionBuilderExtensions";
    public const string ScopesClass = "OpenCxScopes";
    public const string EndpointConventionBuilder = "Microsoft.AspNetCore.Builder.IEndpointConventionBuilder";
}
