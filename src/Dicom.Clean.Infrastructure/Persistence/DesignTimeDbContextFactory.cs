using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dicom.Clean.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the API.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DicomDbContext>
{
    public DicomDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DicomDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
