using System;
using System.Linq;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenCx.Scopes.AspNetCore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers OpenCX API-key authentication and scope enforcement.</summary>
public static class OpenCxApiKeysServiceCollectionExtensions
{
    /// <summary>
    /// Accepts the API keys listed in <paramref name="section"/> (such as <c>OpenCx:ApiKeys</c>) as
    /// <c>Authorization: Bearer &lt;key&gt;</c> and enforces [RequiresScope] / [RequiresFullAccess] and
    /// RequireScope / RequireFullAccess. A malformed entry stops the app at start. When the section reloads (a JSON
    /// file with reloadOnChange, a vault provider), the key set is replaced as a whole; a malformed reload is logged
    /// and the last good set stays in force.
    /// </summary>
    public static IServiceCollection AddOpenCxApiKeys(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddOpenCxApiKeys(section, static _ => { });
    }

    /// <summary>As <see cref="AddOpenCxApiKeys(IServiceCollection, IConfiguration)"/>, with keys added or changed in code.</summary>
    public static IServiceCollection AddOpenCxApiKeys(this IServiceCollection services, IConfiguration section, Action<OpenCxApiKeysOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<OpenCxApiKeysOptions>().Configure(options => ApiKeyConfigurationReader.ReadInto(section, options));
        services.AddSingleton(new ApiKeyConfigurationSection(section));
        return services.AddOpenCxApiKeys(configure);
    }

    /// <summary>
    /// Enforces API keys and scopes with the keys given in <paramref name="configure"/>, or with any
    /// <see cref="IOpenCxApiKeyStore"/> registered in place of the configured one.
    /// </summary>
    public static IServiceCollection AddOpenCxApiKeys(this IServiceCollection services, Action<OpenCxApiKeysOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<OpenCxApiKeysOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OpenCxApiKeysOptions>, OpenCxApiKeysOptionsValidator>());
        if (services.Any(static service => service.ServiceType == typeof(IAuthorizationHandler) && service.ImplementationType == typeof(OpenCxScopeAuthorizationHandler)))
        {
            return services; // called again: the keys above are added, the scheme and policy are there already
        }

        services.AddMetrics();
        services.TryAddSingleton<OpenCxScopesMetrics>();
        services.TryAddSingleton<OpenCxScopesLogger>();
        services.TryAddSingleton<IOpenCxApiKeyStore, ConfiguredOpenCxApiKeyStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, OpenCxScopeAuthorizationHandler>());

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, OpenCxApiKeyHandler>(OpenCxApiKeyDefaults.AuthenticationScheme, "OpenCX API key", null);
        services.AddAuthorization(options => options.AddPolicy(OpenCxApiKeyDefaults.PolicyName, policy => policy
            .AddAuthenticationSchemes(OpenCxApiKeyDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()));
        UseOpenCxPolicyEvaluator(services);
        return services;
    }

    // ASP.NET Core's own evaluator (registered by AddAuthorization) is replaced by the same with one redundant step
    // left out (OpenCxPolicyEvaluator); an evaluator the app registered itself, before or after, stays in force.
    private static void UseOpenCxPolicyEvaluator(IServiceCollection services)
    {
        var evaluators = services.Where(static service => service.ServiceType == typeof(IPolicyEvaluator) && !service.IsKeyedService).ToList();
        if (evaluators is [{ ImplementationType: var type, Lifetime: ServiceLifetime.Transient }] && type == typeof(PolicyEvaluator))
        {
            services.Replace(ServiceDescriptor.Transient<IPolicyEvaluator, OpenCxPolicyEvaluator>());
        }
    }
}
