using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dicom.Clean.Infrastructure.Persistence.Security;

/// <summary>Lets <c>dotnet ef migrations add X --context SecurityDbContext</c> build the context.</summary>
internal sealed class SecurityDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SecurityDbContext>
{
    public SecurityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SecurityDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable(SecurityDbContext.MigrationsHistoryTable))
            .Options);
}
