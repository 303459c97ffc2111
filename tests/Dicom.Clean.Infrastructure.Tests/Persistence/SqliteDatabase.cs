using Dicom.Clean.Infrastructure.Persistence;
using Dicom.Clean.Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dicom.Clean.Infrastructure.Tests.Persistence;

/// <summary>A migrated SQLite file in a temp folder; each context is a fresh unit of work.</summary>
internal sealed class SqliteDatabase : IDisposable
{
    private readonly TempFolder _folder = new();

    public SqliteDatabase() => ConnectionString = $"Data Source={_folder.Combine("test.db")};Pooling=False";

    public string ConnectionString { get; }

    public SqliteWriteGate Gate { get; } = new();

    public DicomDbContext NewContext() =>
        new(new DbContextOptionsBuilder<DicomDbContext>().UseSqlite(ConnectionString).Options);

    public async Task MigrateAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public void Dispose()
    {
        Gate.Dispose();
        _folder.Dispose();
    }
}
