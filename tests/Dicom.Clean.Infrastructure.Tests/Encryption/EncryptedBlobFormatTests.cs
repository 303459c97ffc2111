using System.Security.Cryptography;
using Dicom.Clean.Infrastructure.Encryption;

namespace Dicom.Clean.Infrastructure.Tests.Encryption;

public sealed class EncryptedBlobFormatTests
{
    private const int Chunk = 1024;
    private static readonly BlobKey Key = new("k1", Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
    private static readonly BlobKeyring Keyring = new([Key], "k1");

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(Chunk - 1)]
    [TestCase(Chunk)]
    [TestCase(Chunk + 1)]
    [TestCase((3 * Chunk) + 5)]
    public void RoundTrip_AnySize_GivesThePlaintextBack(int size)
    {
        var plain = RandomNumberGenerator.GetBytes(size);

        var sealedBytes = Encrypt(plain);
        using var decrypting = Open(sealedBytes);
        using var output = new MemoryStream();
        decrypting.CopyTo(output);

        Assert.That(decrypting.Length, Is.EqualTo(size));
        Assert.That(output.ToArray(), Is.EqualTo(plain));
        Assert.That(sealedBytes, Has.Length.EqualTo(EncryptedBlobFormat.HeaderSize(2) + size + (Math.Max(1, (size + Chunk - 1) / Chunk) * 16)));
    }

    [Test]
    public void Seek_AnywhereAndRead_MatchesThePlaintext()
    {
        var plain = RandomNumberGenerator.GetBytes((5 * Chunk) + 77);
        using var decrypting = Open(Encrypt(plain));
        var random = new Random(8);

        for (var i = 0; i < 200; i++)
        {
            var offset = random.Next(plain.Length);
            var length = Math.Min(random.Next(1, 3 * Chunk), plain.Length - offset);
            var buffer = new byte[length];
            decrypting.Position = offset;
            decrypting.ReadExactly(buffer);
            Assert.That(buffer, Is.EqualTo(plain.AsSpan(offset, length).ToArray()), $"offset {offset}, length {length}");
        }
    }

    [Test]
    public async Task ReadAsync_WithSmallBuffers_MatchesThePlaintext()
    {
        var plain = RandomNumberGenerator.GetBytes((2 * Chunk) + 3);
        await using var decrypting = Open(Encrypt(plain));
        var output = new List<byte>();
        var buffer = new byte[100];
        int read;
        while ((read = await decrypting.ReadAsync(buffer)) > 0)
        {
            output.AddRange(buffer.AsSpan(0, read).ToArray());
        }

        Assert.That(output, Is.EqualTo(plain));
    }

    [Test]
    public void Ciphertext_DoesNotContainThePlaintext_AndDiffersEachTime()
    {
        var plain = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("DICM Doe^Jane ", 200)));

        var first = Encrypt(plain);
        var second = Encrypt(plain);

        Assert.That(first.AsSpan().IndexOf("Doe^Jane"u8), Is.EqualTo(-1));
        Assert.That(first, Is.Not.EqualTo(second), "fresh salt and nonce per blob");
    }

    [Test]
    public void FlippedBit_FailsToAuthenticate()
    {
        var sealedBytes = Encrypt(RandomNumberGenerator.GetBytes(3 * Chunk));
        sealedBytes[EncryptedBlobFormat.HeaderSize(2) + Chunk + 40] ^= 1;
        using var decrypting = Open(sealedBytes);

        Assert.Throws<BlobEncryptionException>(() => decrypting.CopyTo(Stream.Null));
    }

    [Test]
    public void TruncatedAtAChunkBoundary_FailsToAuthenticate()
    {
        var sealedBytes = Encrypt(RandomNumberGenerator.GetBytes(3 * Chunk));
        var truncated = sealedBytes.AsSpan(0, EncryptedBlobFormat.HeaderSize(2) + (2 * (Chunk + 16))).ToArray();
        using var decrypting = Open(truncated);

        Assert.Throws<BlobEncryptionException>(() => decrypting.CopyTo(Stream.Null), "the last chunk left was not sealed as the last");
    }

    [Test]
    public void ChangedKeyIdInHeader_FailsEvenWithTheKeyOfThatName()
    {
        var other = new BlobKey("k2", Key.Material);
        var sealedBytes = Encrypt(RandomNumberGenerator.GetBytes(10));
        sealedBytes[EncryptedBlobFormat.FixedHeaderSize + 1] = (byte)'2';
        using var decrypting = DecryptingStream.Open(new MemoryStream(sealedBytes), new BlobKeyring([Key, other], "k1"), "test");

        Assert.Throws<BlobEncryptionException>(() => decrypting.CopyTo(Stream.Null), "the header is authenticated");
    }

    [Test]
    public void UnknownKey_IsNamedInTheError()
    {
        var sealedBytes = Encrypt([1, 2, 3]);

        var ex = Assert.Throws<BlobEncryptionException>(() => DecryptingStream.Open(new MemoryStream(sealedBytes), new BlobKeyring([new BlobKey("other", new byte[32])], "other"), "blob"));

        Assert.That(ex!.Message, Does.Contain("'k1'").And.Contain("not configured"));
    }

    [Test]
    public void Plaintext_IsRefusedWithAHint()
    {
        var ex = Assert.Throws<BlobEncryptionException>(() => DecryptingStream.Open(new MemoryStream(new byte[200]), Keyring, "old.dcm"));

        Assert.That(ex!.Message, Does.Contain("blobs reencrypt"));
    }

    [Test]
    public void Key_OfWrongLength_IsRefused()
    {
        Assert.Throws<BlobEncryptionException>(() => _ = new BlobKey("short", new byte[16]));
    }

    private static byte[] Encrypt(byte[] plain)
    {
        using var encrypting = new EncryptingReadStream(new MemoryStream(plain), Key, Chunk);
        using var output = new MemoryStream();
        encrypting.CopyTo(output);
        return output.ToArray();
    }

    private static DecryptingStream Open(byte[] sealedBytes) => DecryptingStream.Open(new MemoryStream(sealedBytes), Keyring, "test");
}
