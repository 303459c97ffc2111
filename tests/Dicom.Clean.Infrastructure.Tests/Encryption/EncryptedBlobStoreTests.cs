using Dicom.Clean.Infrastructure.Encryption;
using Dicom.Clean.Infrastructure.Storage;
using Dicom.Clean.Infrastructure.Tests.Support;

namespace Dicom.Clean.Infrastructure.Tests.Encryption;

public sealed class EncryptedBlobStoreTests
{
    private static readonly BlobKeyring Keyring = new([new BlobKey("k1", Enumerable.Range(0, 32).Select(i => (byte)i).ToArray())], "k1");

    [Test]
    public async Task FindPlainFile_OverAStoreWithPlainFiles_IsNull_SoTheServiceStreamsAndDecrypts()
    {
        using var folder = new TempFolder();
        var disk = new DiskBlobStore(folder.Combine("blobs"));
        var store = new EncryptedBlobStore(disk, Keyring);
        await store.WriteAsync("rendered/ab/x.png", new byte[] { 1, 2, 3 }, CancellationToken.None);

        Assert.That(disk.FindPlainFile("rendered/ab/x.png"), Is.Not.Null, "the ciphertext file exists");
        Assert.That(store.FindPlainFile("rendered/ab/x.png"), Is.Null);
        await using var read = await store.OpenReadAsync("rendered/ab/x.png", CancellationToken.None);
        using var plain = new MemoryStream();
        await read!.CopyToAsync(plain);
        Assert.That(plain.ToArray(), Is.EqualTo(new byte[] { 1, 2, 3 }));
    }
}
