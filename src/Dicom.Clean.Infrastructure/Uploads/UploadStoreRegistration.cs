using Dicom.Clean.Application.Common.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dicom.Clean.Infrastructure.Uploads;

/// <summary>Registers the disk store of resumable uploads under <c>Uploads:Root</c> (default <c>./data/uploads</c>).</summary>
public static class UploadStoreRegistration
{
    /// <summary>Configuration key of the folder holding uploads in progress.</summary>
    public const string RootKey = "Uploads:Root";

    /// <summary>The folder used when none is configured, relative to the content root.</summary>
    public const string DefaultRoot = "./data/uploads";

    /// <summary>Adds the upload store; relative roots are taken from <paramref name="contentRoot"/>.</summary>
    public static IServiceCollection AddUploadStore(this IServiceCollection services, string contentRoot)
    {
        services.AddSingleton<IUploadStore>(sp =>
            new DiskUploadStore(Path.GetFullPath(sp.GetRequiredService<IConfiguration>()[RootKey] ?? DefaultRoot, contentRoot)));
        return services;
    }
}
