using Dicom.Clean.Domain.Security;
using Dicom.Clean.Infrastructure.Persistence;
using Dicom.Clean.Infrastructure.Persistence.Security;
using Dicom.Clean.Infrastructure.Security;
using Dicom.Clean.Infrastructure.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dicom.Clean.Infrastructure.Tests.Security;

public sealed class AuditLogTests
{
    [TestCase(AuditAction.Read)]
    [TestCase(AuditAction.Store)]
    public async Task Append_StoresTheEntry_AndGivesTheConnectionBackDurable(AuditAction action)
    {
        using var folder = new TempFolder();
        using var gate = new SqliteWriteGate();
        // One connection held open by the test, so the pragma the log leaves behind can be read.
        await using var connection = new SqliteConnection($"Data Source={folder.Combine("audit.db")};Pooling=False");
        await connection.OpenAsync();
        await using var db = new SecurityDbContext(new DbContextOptionsBuilder<SecurityDbContext>()
            .UseSqlite(connection, o => o.MigrationsHistoryTable(SecurityDbContext.MigrationsHistoryTable)).Options);
        await db.Database.MigrateAsync();

        using var reads = new ReadAuditAppender(new InfrastructureSettings($"Data Source={folder.Combine("audit.db")}", folder.Path, []), gate);
        await new AuditLog(db, gate, reads).AppendAsync(
            AuditEntry.Create(DateTimeOffset.UnixEpoch, "key1", action, "iEfcZk3Vn6H8iyqc3seHrm", "127.0.0.1"), CancellationToken.None);

        var entries = await db.AuditEntries.AsNoTracking().ToListAsync();
        Assert.That(entries.Select(e => (e.KeyId, e.Action, e.InstanceId)), Is.EqualTo(new[] { ("key1", action, (string?)"iEfcZk3Vn6H8iyqc3seHrm") }));
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous";
        Assert.That(Convert.ToInt32(await pragma.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(2), "FULL again for the next writer");
    }

    [Test]
    public async Task ReadEntries_AppendedInTurn_AreAllStoredInOrder()
    {
        using var folder = new TempFolder();
        using var gate = new SqliteWriteGate();
        var connectionString = $"Data Source={folder.Combine("audit.db")}";
        await using (var db = new SecurityDbContext(new DbContextOptionsBuilder<SecurityDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsHistoryTable(SecurityDbContext.MigrationsHistoryTable)).Options))
        {
            await db.Database.MigrateAsync();
        }

        using var reads = new ReadAuditAppender(new InfrastructureSettings(connectionString, folder.Path, []), gate);
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => reads.AppendAsync(
            AuditEntry.Create(DateTimeOffset.UnixEpoch.AddSeconds(i), $"key{i}", AuditAction.Read, null, null), CancellationToken.None))));

        await using var check = new SecurityDbContext(new DbContextOptionsBuilder<SecurityDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsHistoryTable(SecurityDbContext.MigrationsHistoryTable)).Options);
        var keys = await check.AuditEntries.AsNoTracking().Select(e => e.KeyId).ToListAsync();
        Assert.That(keys, Is.EquivalentTo(Enumerable.Range(0, 50).Select(i => $"key{i}")));
    }
}
