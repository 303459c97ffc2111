using System.Security.Cryptography;
using Dicom.Clean.Application.Uploads.Common;
using Dicom.Clean.Infrastructure.Tests.Support;
using Dicom.Clean.Infrastructure.Uploads;

namespace Dicom.Clean.Infrastructure.Tests.Uploads;

public sealed class DiskUploadStoreTests
{
    private const string Key = "0123456789abcdef0123456789abcdef";
    private TempFolder _folder = null!;
    private DiskUploadStore _store = null!;

    [SetUp]
    public void Create()
    {
        _folder = new TempFolder();
        _store = new DiskUploadStore(_folder.Combine("uploads"));
    }

    [TearDown]
    public void Delete() => _folder.Dispose();

    [Test]
    public async Task State_SavedAndFoundAgain_ByANewStoreOverTheSameFolder()
    {
        var upload = await CreateAsync(100) with
        {
            Offset = 0,
            Outcome = new UploadOutcome(UploadOutcomeKind.Unreadable, null, "Not a DICOM file", 0),
        };
        await _store.SaveAsync(upload, CancellationToken.None);

        var found = await new DiskUploadStore(_store.Root).FindAsync(Key, CancellationToken.None);

        Assert.That(found, Is.Not.Null);
        Assert.That(found!.Length, Is.EqualTo(100));
        Assert.That(found.Metadata["filename"], Is.EqualTo("a.dcm"));
        Assert.That(found.Outcome, Is.EqualTo(upload.Outcome));
        Assert.That(Directory.GetFiles(_store.Root, "*.tmp"), Is.Empty);
    }

    [Test]
    public async Task Append_WritesAtTheOffsetAndDropsUnacknowledgedBytesPastIt()
    {
        var upload = await CreateAsync(10);
        await File.WriteAllBytesAsync(DataPath(), [1, 2, 3, 99, 99, 99]); // 3 acknowledged, 3 left by a crash

        var write = await _store.AppendAsync(upload with { Offset = 3 }, new MemoryStream([4, 5]), null, CancellationToken.None);

        Assert.That(write.BytesWritten, Is.EqualTo(2));
        Assert.That(await File.ReadAllBytesAsync(DataPath()), Is.EqualTo(new byte[] { 1, 2, 3, 4, 5 }));
    }

    [Test]
    public async Task Append_WhenTheBodyBreaksOff_KeepsWhatArrivedAndReportsTheInterruption()
    {
        var upload = await CreateAsync(100);

        var write = await _store.AppendAsync(upload, new BreakingStream([1, 2, 3, 4]), null, CancellationToken.None);

        Assert.That(write.BytesWritten, Is.EqualTo(4));
        Assert.That(write.Interruption?.SourceException, Is.InstanceOf<IOException>());
        Assert.That(new FileInfo(DataPath()).Length, Is.EqualTo(4));
    }

    [Test]
    public async Task Append_WithAChecksumWhenTheBodyBreaksOff_KeepsNothing()
    {
        var upload = await CreateAsync(100);
        var checksum = new ChunkChecksum(ChunkChecksum.Sha1, new byte[20]);

        var write = await _store.AppendAsync(upload, new BreakingStream([1, 2, 3, 4]), checksum, CancellationToken.None);

        Assert.That(write.BytesWritten, Is.Zero);
        Assert.That(new FileInfo(DataPath()).Length, Is.Zero);
    }

    [Test]
    public async Task Append_WithAMatchingSha1_KeepsTheChunk()
    {
        var upload = await CreateAsync(100);
        byte[] chunk = [7, 8, 9];
#pragma warning disable CA5350 // tus's checksum extension names sha1: integrity, not security.
        var checksum = new ChunkChecksum(ChunkChecksum.Sha1, SHA1.HashData(chunk));
#pragma warning restore CA5350

        var write = await _store.AppendAsync(upload, new MemoryStream(chunk), checksum, CancellationToken.None);

        Assert.That(write.BytesWritten, Is.EqualTo(3));
    }

    [Test]
    public async Task Append_PastTheLength_IsRejectedAndKeepsNothing()
    {
        var upload = await CreateAsync(3);

        var ex = Assert.ThrowsAsync<UploadRejectedException>(() => _store.AppendAsync(upload, new MemoryStream([1, 2, 3, 4]), null, CancellationToken.None));

        Assert.That(ex!.Rejection, Is.EqualTo(UploadRejection.ExceedsLength));
        Assert.That(new FileInfo(DataPath()).Length, Is.Zero);
    }

    [Test]
    public async Task Lock_IsHeldByOneRequestAtATime()
    {
        await using var first = await _store.TryLockAsync(Key, TimeSpan.Zero, CancellationToken.None);

        var second = await _store.TryLockAsync(Key, TimeSpan.Zero, CancellationToken.None);

        Assert.That(first, Is.Not.Null);
        Assert.That(second, Is.Null);
    }

    [Test]
    public async Task RemoveOrphans_DeletesOldBytesWithoutStateAndLeftoverTemporaryFiles()
    {
        await CreateAsync(10);
        var orphan = Path.Combine(_store.Root, "fedcba9876543210fedcba9876543210.part");
        var temp = Path.Combine(_store.Root, Key + ".json.tmp");
        await File.WriteAllBytesAsync(orphan, [1]);
        await File.WriteAllBytesAsync(temp, [1]);

        var removed = await _store.RemoveOrphansAsync(DateTimeOffset.UtcNow.AddHours(1));

        Assert.That(removed, Is.EqualTo(2));
        Assert.That(Directory.GetFiles(_store.Root).Select(Path.GetFileName), Is.EquivalentTo(new[] { Key + ".json", Key + ".part" }));
    }

    [Test]
    public void Paths_AreNeverMadeFromAMalformedKey() =>
        Assert.ThrowsAsync<ArgumentException>(() => _store.DeleteAsync("../../etc/passwd"));

    private async Task<ResumableUpload> CreateAsync(long length)
    {
        var upload = new ResumableUpload
        {
            Key = Key,
            Length = length,
            Offset = 0,
            Metadata = new Dictionary<string, string> { ["filename"] = "a.dcm" },
            CreatedAt = DateTimeOffset.UnixEpoch,
            ExpiresAt = DateTimeOffset.UnixEpoch.AddDays(1),
        };
        await _store.CreateAsync(upload, CancellationToken.None);
        return upload;
    }

    private string DataPath() => Path.Combine(_store.Root, Key + ".part");

    /// <summary>Gives its bytes, then fails as a reset connection does.</summary>
    private sealed class BreakingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position < Length ? base.ReadAsync(buffer, cancellationToken) : throw new IOException("Connection reset by peer.");
    }
}
