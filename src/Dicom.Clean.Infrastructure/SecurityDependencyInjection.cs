using Dicom.Clean.Application.Common;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Domain.Security;
using Dicom.Clean.Application.Common.Observability;
using Dicom.Clean.Infrastructure.Encryption;
using Dicom.Clean.Infrastructure.Jobs.Persistence;
using Dicom.Clean.Infrastructure.Observability;
using Dicom.Clean.Infrastructure.Persistence;
using Dicom.Clean.Infrastructure.Persistence.Security;
using Dicom.Clean.Infrastructure.Security;
using Dicom.Clean.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dicom.Clean.Infrastructure;

/// <summary>Registers the security side of infrastructure: keys, audit log, blob encryption.</summary>
public static class SecurityDependencyInjection
{
    /// <summary>
    /// Adds the security database, the key and audit repositories, and encrypts every blob at rest
    /// (wrapping the registered blob store). Call after <c>AddInfrastructure</c>.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="contentRoot">Folder that relative paths in the configuration are taken from.</param>
    public static IServiceCollection AddInfrastructureSecurity(this IServiceCollection services, string contentRoot)
    {
        services.AddDbContext<SecurityDbContext>((sp, o) => o.UseSqlite(
            sp.GetRequiredService<InfrastructureSettings>().ConnectionString,
            sqlite => sqlite.MigrationsHistoryTable(SecurityDbContext.MigrationsHistoryTable))
            // Audit entries are "durable when appended", like stores: fsync the WAL on each commit.
            .AddInterceptors(SqliteDurabilityInterceptor.Instance),
            ServiceLifetime.Scoped, DependencyInjection.DbContextOptionsLifetime);
        services.AddSingleton(sp => new ConfiguredApiKeys(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<IApiKeyRepository, ApiKeyRepository>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddSingleton<AuditAppenders>();

        services.AddSingleton(sp => EncryptionSettings.From(sp.GetRequiredService<IConfiguration>(), contentRoot));
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<EncryptionSettings>();
            return BlobKeyringLoader.Load(settings.Options, settings.KeyFilePath);
        });
        services.Decorate<IBlobStore>((sp, inner) => new EncryptedBlobStore(inner, sp.GetRequiredService<BlobKeyring>()));
        services.AddTransient(sp => new BlobReencryptor(sp.GetRequiredService<DiskBlobStore>(), sp.GetRequiredService<BlobKeyring>()));
        return services.AddInfrastructureObservability();
    }

    // Spans and latency around the ports and the database; decorators only, nothing else changes.
    private static IServiceCollection AddInfrastructureObservability(this IServiceCollection services)
    {
        services.Decorate<IBlobStore>((sp, inner) => new ObservedBlobStore(inner, sp.GetRequiredService<ServiceTelemetry>()));
        services.Decorate<IDicomParser>((_, inner) => new ObservedDicomParser(inner));
        services.Decorate<IImageRenderer>((sp, inner) => new ObservedImageRenderer(inner, sp.GetRequiredService<ServiceTelemetry>()));
        services.AddSingleton<DatabaseTimingInterceptor>();
        services.AddSingleton<CommitSpanInterceptor>();
        services.ConfigureDbContext<DicomDbContext>((sp, o) => o.AddInterceptors(
            sp.GetRequiredService<DatabaseTimingInterceptor>(), sp.GetRequiredService<CommitSpanInterceptor>()),
            DependencyInjection.DbContextOptionsLifetime);
        services.ConfigureDbContext<SecurityDbContext>((sp, o) => o.AddInterceptors(
            sp.GetRequiredService<DatabaseTimingInterceptor>(), sp.GetRequiredService<CommitSpanInterceptor>()),
            DependencyInjection.DbContextOptionsLifetime);
        services.ConfigureDbContext<ImportJobsDbContext>((sp, o) => o.AddInterceptors(
            sp.GetRequiredService<DatabaseTimingInterceptor>(), sp.GetRequiredService<CommitSpanInterceptor>()),
            DependencyInjection.DbContextOptionsLifetime);
        return services;
    }
}
