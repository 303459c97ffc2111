using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Infrastructure.Dicom;
using Dicom.Clean.Infrastructure.Identity;
using Dicom.Clean.Infrastructure.Import;
using Dicom.Clean.Infrastructure.Jobs;
using Dicom.Clean.Infrastructure.Persistence;
using Dicom.Clean.Infrastructure.Storage;
using Dicom.Clean.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dicom.Clean.Infrastructure;

/// <summary>Registers persistence, blob storage, path import and the DICOM adapters.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// The contexts' options are built once: everything they hold (connection string,
    /// interceptors) is a singleton, and building them per request showed up in the tags profile.
    /// </summary>
    internal const ServiceLifetime DbContextOptionsLifetime = ServiceLifetime.Singleton;

    /// <summary>Adds the infrastructure layer.</summary>
    /// <param name="services">The container.</param>
    /// <param name="contentRoot">Folder that relative paths in the configuration are taken from.</param>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string contentRoot)
    {
        services.AddSingleton(sp => InfrastructureSettings.From(sp.GetRequiredService<IConfiguration>(), contentRoot));
        services.AddDbContext<DicomDbContext>((sp, o) => o.UseSqlite(sp.GetRequiredService<InfrastructureSettings>().ConnectionString)
            .AddInterceptors(SqliteDurabilityInterceptor.Instance),
            ServiceLifetime.Scoped, DbContextOptionsLifetime);
        services.AddSingleton<SqliteWriteGate>();
        services.AddSingleton(sp => new SqliteConnectionFactory(sp.GetRequiredService<InfrastructureSettings>().ConnectionString));
        services.AddScoped<IInstanceRepository, InstanceRepository>();
        services.AddSingleton<ITagsDocumentStore, TagsDocumentStore>();

        services.AddSingleton(sp => new StorageOptions { Root = sp.GetRequiredService<InfrastructureSettings>().BlobRoot });
        services.AddSingleton<StorageConsistency>();
        services.AddSingleton(sp => new DiskBlobStore(sp.GetRequiredService<InfrastructureSettings>().BlobRoot));
        services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<DiskBlobStore>());
        services.AddUploadStore(contentRoot);
        services.AddSingleton<IImportFileSource>(sp => new ConfinedImportFileSource(
            sp.GetRequiredService<InfrastructureSettings>().ImportRoots,
            bool.TryParse(sp.GetRequiredService<IConfiguration>()[ImportOptions.AllowHardLinksKey], out var allow) && allow));

        services.AddSingleton<IInstanceIdGenerator, ShortUuidGenerator>();
        services.AddSingleton<IDicomParser, ToolkitDicomParser>();
        services.AddSingleton<IImageRenderer, ToolkitImageRenderer>();
        services.AddImportJobs();
        return services;
    }
}
