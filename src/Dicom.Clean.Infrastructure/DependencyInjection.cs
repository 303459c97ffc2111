using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Infrastructure.Dicom;
using Dicom.Clean.Infrastructure.Identity;
using Dicom.Clean.Infrastructure.Import;
using Dicom.Clean.Infrastructure.Persistence;
using Dicom.Clean.Infrastructure.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dicom.Clean.Infrastructure;

/// <summary>Registers persistence, blob storage, path import and the DICOM adapters.</summary>
public static class DependencyInjection
{
    /// <summary>Adds the infrastructure layer.</summary>
    /// <param name="services">The container.</param>
    /// <param name="configuration">Keys <c>ConnectionStrings:Dicom</c>, <c>Storage:Root</c>, <c>Dicom:ImportRoots</c>.</param>
    /// <param name="contentRoot">Folder that relative paths in the configuration are taken from.</param>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connectionString = ResolveSqlitePath(
            configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? DatabaseOptions.DefaultConnectionString,
            contentRoot);
        services.AddDbContext<DicomDbContext>(o => o.UseSqlite(connectionString));
        services.AddSingleton<SqliteWriteGate>();
        services.AddScoped<IInstanceRepository, InstanceRepository>();

        var blobRoot = Path.GetFullPath(configuration[StorageOptions.RootKey] ?? StorageOptions.DefaultRoot, contentRoot);
        services.AddSingleton(new StorageOptions { Root = blobRoot });
        services.AddSingleton<IBlobStore>(_ => new DiskBlobStore(blobRoot));

        var roots = configuration.GetSection(ImportOptions.ImportRootsKey).GetChildren()
            .Select(c => c.Value).OfType<string>().Where(v => v.Length > 0).ToArray();
        var importRoots = (roots.Length > 0 ? roots : [ImportOptions.DefaultImportRoot])
            .Select(r => Path.GetFullPath(r, contentRoot))
            .ToArray();
        services.AddSingleton<IImportFileSource>(_ => new ConfinedImportFileSource(importRoots));

        services.AddSingleton<IInstanceIdGenerator, ShortUuidGenerator>();
        services.AddSingleton<IDicomParser, UnavailableDicomParser>();
        services.AddSingleton<IImageRenderer, UnavailableImageRenderer>();
        return services;
    }

    // A relative SQLite file is taken from the content root, and its folder is created.
    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
