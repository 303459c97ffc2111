using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dicom.Clean.Infrastructure.Jobs.Persistence;

/// <summary>Lets <c>dotnet ef migrations add ... --context ImportJobsDbContext</c> build the context without the host.</summary>
internal sealed class DesignTimeImportJobsDbContextFactory : IDesignTimeDbContextFactory<ImportJobsDbContext>
{
    public ImportJobsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ImportJobsDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable(ImportJobsDbContext.MigrationsHistoryTable))
            .Options);
}
