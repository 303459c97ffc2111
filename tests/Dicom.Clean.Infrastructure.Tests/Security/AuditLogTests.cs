using Dicom.Clean.Domain.Security;
using Dicom.Clean.Infrastructure.Persistence;
using Dicom.Clean.Infrastructure.Persistence.Security;
using Dicom.Clean.Infrastructure.Security;
using Dicom.Clean.Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dicom.Clean.Infrastructure.Tests.Security;

public sealed class AuditLogTests
{
    [TestCase(AuditAction.Read)]
    [TestCase(AuditAction.Store)]
    public async Task Append_StoresTheEntry(AuditAction action)
    {
        using var folder = new TempFolder();
        using var gate = new SqliteWriteGate();
        var connectionString = await MigratedAsync(folder);
        using var appenders = new AuditAppenders(new InfrastructureSettings(connectionString, folder.Path, []), gate);
        await using var db = Context(connectionString);

        await new AuditLog(db, appenders).AppendAsync(
            AuditEntry.Create(DateTimeOffset.UnixEpoch, "key1", action, "iEfcZk3Vn6H8iyqc3seHrm", "127.0.0.1"), CancellationToken.None);

        var entries = await db.AuditEntries.AsNoTracking().ToListAsync();
        Assert.That(entries.Select(e => (e.KeyId, e.Action, e.InstanceId, e.RemoteAddress, e.At)),
            Is.EqualTo(new[] { ("key1", action, (string?)"iEfcZk3Vn6H8iyqc3seHrm", (string?)"127.0.0.1", DateTimeOffset.UnixEpoch) }));
    }

    [Test]
    public void Appenders_FlushChangesButNotReads()
    {
        using var gate = new SqliteWriteGate();
        using var appenders = new AuditAppenders(new InfrastructureSettings("Data Source=unused.db", ".", []), gate);

        Assert.That(appenders.Changes.Durable, Is.True);
        Assert.That(appenders.Reads.Durable, Is.False);
    }

    [Test]
    public async Task Entries_AppendedConcurrently_AreAllStored()
    {
        using var folder = new TempFolder();
        using var gate = new SqliteWriteGate();
        var connectionString = await MigratedAsync(folder);
        using var appenders = new AuditAppenders(new InfrastructureSettings(connectionString, folder.Path, []), gate);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => (i % 2 == 0 ? appenders.Reads : appenders.Changes).AppendAsync(
            AuditEntry.Create(DateTimeOffset.UnixEpoch.AddSeconds(i), $"key{i}", i % 2 == 0 ? AuditAction.Read : AuditAction.Store, null, null),
            CancellationToken.None))));

        await using var check = Context(connectionString);
        var keys = await check.AuditEntries.AsNoTracking().Select(e => e.KeyId).ToListAsync();
        Assert.That(keys, Is.EquivalentTo(Enumerable.Range(0, 50).Select(i => $"key{i}")));
    }

    private static async Task<string> MigratedAsync(TempFolder folder)
    {
        var connectionString = $"Data Source={folder.Combine("audit.db")}";
        await using var db = Context(connectionString);
        await db.Database.MigrateAsync();
        return connectionString;
    }

    private static SecurityDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<SecurityDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsHistoryTable(SecurityDbContext.MigrationsHistoryTable)).Options);
}
