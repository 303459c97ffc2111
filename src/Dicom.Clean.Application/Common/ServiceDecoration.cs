using Microsoft.Extensions.DependencyInjection;

namespace Dicom.Clean.Application.Common;

/// <summary>
/// Wraps a registered service in a decorator (auditing, metrics, encryption) without touching the
/// registration that made it: the last registration of the service is replaced by one that builds
/// the original, then the wrapper around it, with the same lifetime.
/// </summary>
public static class ServiceDecoration
{
    /// <summary>Decorates the last registration of <typeparamref name="TService"/>.</summary>
    /// <exception cref="InvalidOperationException">The service is not registered.</exception>
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> wrap)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(wrap);
        var index = -1;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(TService) && !services[i].IsKeyedService)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            throw new InvalidOperationException($"{typeof(TService).Name} is not registered, so it cannot be decorated.");
        }

        var original = services[index];
        services[index] = ServiceDescriptor.Describe(typeof(TService), sp => wrap(sp, Build<TService>(sp, original)), original.Lifetime);
        return services;
    }

    private static TService Build<TService>(IServiceProvider provider, ServiceDescriptor descriptor)
        where TService : class =>
        descriptor switch
        {
            { ImplementationInstance: TService instance } => instance,
            { ImplementationFactory: { } factory } => (TService)factory(provider),
            { ImplementationType: { } type } => (TService)ActivatorUtilities.CreateInstance(provider, type),
            _ => throw new InvalidOperationException($"Cannot build the registration of {typeof(TService).Name}."),
        };
}
