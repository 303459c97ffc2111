using Dicom.Clean.Application.Uploads.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Dicom.Clean.Application.Uploads;

/// <summary>Registers the resumable-upload services (the options are bound by the host).</summary>
public static class UploadsDependencyInjection
{
    /// <summary>Adds the upload writer and finisher.</summary>
    public static IServiceCollection AddUploads(this IServiceCollection services)
    {
        services.AddOptions<UploadOptions>();
        services.AddScoped<UploadWriter>();
        services.AddScoped<UploadFinisher>();
        return services;
    }
}
