using System.Security.Cryptography;
using Dicom.Clean.Infrastructure.Storage;
using Dicom.Clean.Infrastructure.Tests.Support;

namespace Dicom.Clean.Infrastructure.Tests.Storage;

public sealed class DiskBlobStoreTests
{
    private TempFolder _folder = null!;
    private DiskBlobStore _store = null!;

    [SetUp]
    public void Create()
    {
        _folder = new TempFolder();
        _store = new DiskBlobStore(_folder.Combine("blobs"));
    }

    [TearDown]
    public void Delete() => _folder.Dispose();

    [Test]
    public async Task Stage_HashesAndSizesContent_AndCommitMovesItUnderKey()
    {
        var bytes = RandomNumberGenerator.GetBytes(300_000);

        await using (var staged = await _store.StageAsync(new MemoryStream(bytes), CancellationToken.None))
        {
            Assert.That(staged.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
            Assert.That(staged.SizeBytes, Is.EqualTo(bytes.Length));
            await staged.CommitAsync("originals/ab/abc.dcm", CancellationToken.None);
        }

        await using var read = await _store.OpenReadAsync("originals/ab/abc.dcm", CancellationToken.None);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        Assert.That(copy.ToArray(), Is.EqualTo(bytes));
        Assert.That(Directory.GetFiles(_store.TempFolder), Is.Empty);
    }

    [Test]
    public async Task Stage_WhenNotCommitted_LeavesNoFileBehind()
    {
        await using (var staged = await _store.StageAsync(new MemoryStream([1, 2, 3]), CancellationToken.None))
        {
            await using var read = staged.OpenRead();
            Assert.That(read.Length, Is.EqualTo(3));
        }

        Assert.That(Directory.GetFiles(_store.Root, "*", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void Stage_WhenSourceFails_LeavesNoTemporaryFile()
    {
        Assert.ThrowsAsync<IOException>(() => _store.StageAsync(new FailingStream(), CancellationToken.None));

        Assert.That(Directory.GetFiles(_store.TempFolder), Is.Empty);
    }

    [Test]
    public async Task Write_ReplacesExistingBlob()
    {
        await _store.WriteAsync("rendered/ab/abc.png", new byte[] { 1 }, CancellationToken.None);
        await _store.WriteAsync("rendered/ab/abc.png", new byte[] { 2, 3 }, CancellationToken.None);

        Assert.That(await File.ReadAllBytesAsync(_store.PathOf("rendered/ab/abc.png")), Is.EqualTo(new byte[] { 2, 3 }));
        Assert.That(Directory.GetFiles(_store.TempFolder), Is.Empty);
    }

    [Test]
    public async Task OpenRead_WithMissingKey_ReturnsNull() =>
        Assert.That(await _store.OpenReadAsync("originals/zz/none.dcm", CancellationToken.None), Is.Null);

    [Test]
    public async Task Delete_WithMissingKeyOrFolder_Succeeds()
    {
        await _store.DeleteAsync("originals/zz/none.dcm", CancellationToken.None);
        await _store.WriteAsync("a/b.png", new byte[] { 1 }, CancellationToken.None);
        await _store.DeleteAsync("a/b.png", CancellationToken.None);

        Assert.That(File.Exists(_store.PathOf("a/b.png")), Is.False);
    }

    [Test]
    public async Task SweepTemporaryFiles_RemovesOnlyTemporaryFiles()
    {
        await _store.WriteAsync("originals/ab/abc.dcm", new byte[] { 1 }, CancellationToken.None);
        await File.WriteAllBytesAsync(_store.NewTempPath(), [1, 2]);

        Assert.That(_store.SweepTemporaryFiles(), Is.EqualTo(1));
        Assert.That(Directory.GetFiles(_store.TempFolder), Is.Empty);
        Assert.That(File.Exists(_store.PathOf("originals/ab/abc.dcm")), Is.True);
    }

    [TestCase("../escape.dcm")]
    [TestCase("a/../../escape.dcm")]
    [TestCase("/etc/passwd")]
    [TestCase("a//b")]
    [TestCase(".tmp/x.tmp")]
    [TestCase("a\\..\\b")]
    [TestCase("a/b c")]
    public void PathOf_WithKeyThatCouldLeaveRoot_Throws(string key) =>
        Assert.That(() => _store.PathOf(key), Throws.ArgumentException);

    private sealed class FailingStream : MemoryStream
    {
        public FailingStream()
            : base(new byte[1000])
        {
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position == 0 ? ReadThenMove(buffer) : throw new IOException("connection reset");

        private ValueTask<int> ReadThenMove(Memory<byte> buffer)
        {
            Position = 10;
            return ValueTask.FromResult(Math.Min(buffer.Length, 10));
        }
    }
}
