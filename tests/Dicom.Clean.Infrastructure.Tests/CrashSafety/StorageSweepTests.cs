using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Infrastructure.Persistence;
using Dicom.Clean.Infrastructure.Storage;
using Dicom.Clean.Infrastructure.Tests.Persistence;
using Dicom.Clean.Infrastructure.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dicom.Clean.Infrastructure.Tests.CrashSafety;

/// <summary>The start-up sweep on the leftovers a crash can produce, built by hand on disk.</summary>
public sealed class StorageSweepTests
{
    private SqliteDatabase _database = null!;
    private TempFolder _blobs = null!;
    private DiskBlobStore _store = null!;

    [SetUp]
    public async Task Create()
    {
        _database = new SqliteDatabase();
        await _database.MigrateAsync();
        _blobs = new TempFolder();
        _store = new DiskBlobStore(_blobs.Path);
    }

    [TearDown]
    public void Delete()
    {
        _blobs.Dispose();
        _database.Dispose();
    }

    [Test]
    public async Task Sweep_WithBlobsOfAStoredInstance_KeepsThemAndReportsConsistent()
    {
        var stored = await StoreAsync(withRendered: true);

        var report = await SweepAsync();

        Assert.That(report.IsConsistent, Is.True);
        Assert.That(File.Exists(_store.PathOf(InstanceBlobKeys.Original(stored))), Is.True);
        Assert.That(File.Exists(_store.PathOf(InstanceBlobKeys.Rendered(stored))), Is.True);
    }

    [Test]
    public async Task Sweep_WithBlobsWithoutRow_RemovesThem()
    {
        await StoreAsync(withRendered: false);
        var crashed = InstanceId.FromUuid(Guid.NewGuid());
        await _store.WriteAsync(InstanceBlobKeys.Original(crashed), new byte[] { 1, 2 }, CancellationToken.None);
        await _store.WriteAsync(InstanceBlobKeys.Rendered(crashed), new byte[] { 3 }, CancellationToken.None);

        var report = await SweepAsync();

        Assert.That(report.OrphanBlobsRemoved, Is.EqualTo(2));
        Assert.That(report.IsConsistent, Is.True);
        Assert.That(File.Exists(_store.PathOf(InstanceBlobKeys.Original(crashed))), Is.False);
        Assert.That(File.Exists(_store.PathOf(InstanceBlobKeys.Rendered(crashed))), Is.False);
    }

    [Test]
    public async Task Sweep_WithTemporaryFiles_RemovesThem()
    {
        await File.WriteAllBytesAsync(_store.NewTempPath(), [1, 2, 3]);

        var report = await SweepAsync();

        Assert.That(report.TemporaryFilesRemoved, Is.EqualTo(1));
        Assert.That(Directory.GetFiles(_store.TempFolder), Is.Empty);
    }

    [Test]
    public async Task Sweep_WithRowWhoseBlobIsMissing_ReportsItAndKeepsTheRow()
    {
        var stored = await StoreAsync(withRendered: false);
        File.Delete(_store.PathOf(InstanceBlobKeys.Original(stored)));

        var report = await SweepAsync();

        Assert.That(report.InstancesWithMissingBlobs, Is.EqualTo(new[] { stored.Value }));
        Assert.That(report.IsConsistent, Is.False);
        await using var db = _database.NewContext();
        Assert.That(db.Instances.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Sweep_WithEmptyDatabase_KeepsEveryBlobAndReportsThem()
    {
        // Blobs without any row at all: a wrong connection string far likelier than a crash.
        await _store.WriteAsync(InstanceBlobKeys.Original(InstanceId.FromUuid(Guid.NewGuid())), new byte[] { 1 }, CancellationToken.None);

        var report = await SweepAsync();

        Assert.That(report.OrphanBlobsRemoved, Is.Zero);
        Assert.That(report.OrphanBlobsKept, Is.EqualTo(1));
        Assert.That(Directory.GetFiles(_blobs.Combine("originals"), "*", SearchOption.AllDirectories), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Sweep_LeavesFoldersOutsideTheInstanceKeysAlone()
    {
        await StoreAsync(withRendered: false);
        var other = _blobs.Combine("uploads", "partial.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(other)!);
        await File.WriteAllBytesAsync(other, [1]);

        await SweepAsync();

        Assert.That(File.Exists(other), Is.True);
    }

    [Test]
    public async Task Sweep_WithKeyFileUnderTheBlobRootAndOrphans_RemovesOrphansOnlyAndKeepsTheKeys()
    {
        await StoreAsync(withRendered: false);
        var orphan = InstanceBlobKeys.Original(InstanceId.FromUuid(Guid.NewGuid()));
        await _store.WriteAsync(orphan, new byte[] { 9 }, CancellationToken.None);
        // A layout we advise against (keys beside the data), which must still never cost the keys.
        var keyFile = _blobs.Combine("keys", "blob-keys.json");
        Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
        await File.WriteAllTextAsync(keyFile, "{}");

        var report = await SweepAsync();

        Assert.That(report.OrphanBlobsRemoved, Is.EqualTo(1));
        Assert.That(File.Exists(_store.PathOf(orphan)), Is.False);
        Assert.That(await File.ReadAllTextAsync(keyFile), Is.EqualTo("{}"));
    }

    private async Task<StorageSweepReport> SweepAsync()
    {
        await using var db = _database.NewContext();
        return await new StorageSweep(db, _store, NullLogger.Instance).RunAsync(CancellationToken.None);
    }

    private async Task<InstanceId> StoreAsync(bool withRendered)
    {
        var id = InstanceId.FromUuid(Guid.NewGuid());
        await _store.WriteAsync(InstanceBlobKeys.Original(id), new byte[] { 7 }, CancellationToken.None);
        if (withRendered)
        {
            await _store.WriteAsync(InstanceBlobKeys.Rendered(id), new byte[] { 8 }, CancellationToken.None);
        }

        var instance = DicomInstance.Create(id, new InstanceAttributes { SopInstanceUid = id.Value }, new StoredContent(id.Value, 1), withRendered, [], DateTimeOffset.UnixEpoch);
        await using var db = _database.NewContext();
        await new InstanceRepository(db, _database.Gate).AddAsync(instance, CancellationToken.None);
        return id;
    }
}
