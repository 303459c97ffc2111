using System.Globalization;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Jobs.Running;
using Dicom.Clean.Domain.Jobs;
using Dicom.Clean.Infrastructure.Import;
using Dicom.Clean.Infrastructure.Jobs.Persistence;
using Dicom.Clean.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dicom.Clean.Infrastructure.Jobs;

/// <summary>Registers folder import jobs: their database context and repository, the folder source and <c>Jobs:Parallelism</c>.</summary>
internal static class ImportJobsRegistration
{
    public static IServiceCollection AddImportJobs(this IServiceCollection services)
    {
        services.AddDbContext<ImportJobsDbContext>((sp, o) => o
            .UseSqlite(sp.GetRequiredService<InfrastructureSettings>().ConnectionString, s => s.MigrationsHistoryTable(ImportJobsDbContext.MigrationsHistoryTable))
            .AddInterceptors(SqliteDurabilityInterceptor.Instance),
            ServiceLifetime.Scoped, DependencyInjection.DbContextOptionsLifetime);
        services.AddScoped<IImportJobRepository, ImportJobRepository>();
        services.AddSingleton<IImportFolderSource>(sp => new ConfinedImportFileSource(sp.GetRequiredService<InfrastructureSettings>().ImportRoots));
        services.AddSingleton(sp => ReadOptions(sp.GetRequiredService<IConfiguration>()));
        return services;
    }

    private static ImportJobOptions ReadOptions(IConfiguration configuration)
    {
        var text = configuration[ImportJobOptions.ParallelismKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ImportJobOptions();
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parallelism) && parallelism is >= 1 and <= ImportJobOptions.MaxParallelism
            ? new ImportJobOptions { Parallelism = parallelism }
            : throw new InvalidOperationException($"{ImportJobOptions.ParallelismKey} must be a whole number from 1 to {ImportJobOptions.MaxParallelism}.");
    }
}
