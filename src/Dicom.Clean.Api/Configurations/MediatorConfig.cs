using Dicom.Clean.Application.Common.Auditing;
using Dicom.Clean.Application.Common.Behaviours;
using Dicom.Clean.Application.Instances.Commands.ImportFromPath;

namespace Dicom.Clean.Api.Configurations;

/// <summary>
/// Registers Mediator (source generated at compile time in this project, which sees every
/// handler) with its pipeline: logging outermost, then validation, then audit (after success), then the handler.
/// </summary>
public static class MediatorConfig
{
    /// <summary>Adds the mediator and the ordered pipeline behaviours.</summary>
    public static IServiceCollection AddMediatorWithPipeline(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(ImportFromPathCommand)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehaviour<,>),
                typeof(ValidationBehaviour<,>),
                typeof(AuditBehaviour<,>),
            ];
        });
        return services;
    }
}
