using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Dicom.Clean.Infrastructure.Encryption;

/// <summary>
/// Layout of an encrypted blob (a streaming AEAD in the manner of STREAM/Tink's AES-GCM-HKDF):
/// <code>
/// "DCEB" | version 1 | key id length n | key id (n ASCII bytes) | chunk size (uint32 BE)
///        | salt (32 random bytes) | nonce prefix (7 random bytes)
/// then chunks: AES-256-GCM(ciphertext of chunk size bytes, the last one shorter) | tag (16)
/// </code>
/// Each blob is encrypted under its own key, HKDF-SHA256(master key, salt), so nonces never
/// repeat across blobs however many there are. Chunk i's nonce is prefix | i (uint32 BE) | last
/// flag; every chunk authenticates the header, so a changed key id, reordered, dropped or
/// truncated chunk fails to decrypt. Fixed-size chunks make any byte offset reachable (ranges).
/// </summary>
internal static class EncryptedBlobFormat
{
    public const int DefaultChunkSize = 64 * 1024;
    public const int TagSize = 16;
    public const int SaltSize = 32;
    public const int NoncePrefixSize = 7;
    public const int FixedHeaderSize = 6;

    private static readonly byte[] Magic = "DCEB"u8.ToArray();
    private static readonly byte[] KdfInfo = Encoding.ASCII.GetBytes("dicom-clean blob v1");
    private const byte Version = 1;

    public static int HeaderSize(int keyIdLength) => FixedHeaderSize + keyIdLength + 4 + SaltSize + NoncePrefixSize;

    /// <summary>A fresh header for a new blob under the key.</summary>
    public static BlobHeader NewHeader(BlobKey key, int chunkSize = DefaultChunkSize)
    {
        var id = Encoding.ASCII.GetBytes(key.Id);
        var bytes = new byte[HeaderSize(id.Length)];
        Magic.CopyTo(bytes, 0);
        bytes[4] = Version;
        bytes[5] = (byte)id.Length;
        id.CopyTo(bytes, FixedHeaderSize);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(FixedHeaderSize + id.Length), (uint)chunkSize);
        RandomNumberGenerator.Fill(bytes.AsSpan(FixedHeaderSize + id.Length + 4, SaltSize + NoncePrefixSize));
        return new BlobHeader(bytes, key.Id, chunkSize);
    }

    /// <summary>Whether the bytes start like an encrypted blob.</summary>
    public static bool HasMagic(ReadOnlySpan<byte> start) => start.Length >= 4 && start[..4].SequenceEqual(Magic);

    /// <summary>Reads and checks the header at the stream's position.</summary>
    public static BlobHeader ReadHeader(Stream stream, string blobName)
    {
        Span<byte> fixedPart = stackalloc byte[FixedHeaderSize];
        if (stream.ReadAtLeast(fixedPart, FixedHeaderSize, throwOnEndOfStream: false) < FixedHeaderSize || !HasMagic(fixedPart))
        {
            throw new BlobEncryptionException($"Blob '{blobName}' is not encrypted (no header): run 'blobs reencrypt' to encrypt blobs written before encryption.");
        }

        if (fixedPart[4] != Version || fixedPart[5] == 0)
        {
            throw new BlobEncryptionException($"Blob '{blobName}' has an unknown encryption header (version {fixedPart[4]}).");
        }

        var bytes = new byte[HeaderSize(fixedPart[5])];
        fixedPart.CopyTo(bytes);
        stream.ReadExactly(bytes.AsSpan(FixedHeaderSize));
        var keyId = Encoding.ASCII.GetString(bytes, FixedHeaderSize, fixedPart[5]);
        var chunkSize = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(FixedHeaderSize + fixedPart[5]));
        if (chunkSize is 0 or > 16 * 1024 * 1024)
        {
            throw new BlobEncryptionException($"Blob '{blobName}' declares a chunk size of {chunkSize} bytes.");
        }

        return new BlobHeader(bytes, keyId, (int)chunkSize);
    }

    /// <summary>The blob's own AES-GCM key: HKDF of the master key with the header's salt.</summary>
    public static AesGcm CreateCipher(BlobKey key, BlobHeader header)
    {
        Span<byte> derived = stackalloc byte[32];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, key.Material, derived, header.Salt, KdfInfo);
        try
        {
            return new AesGcm(derived, TagSize);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(derived);
        }
    }

    public static void Nonce(BlobHeader header, long chunk, bool last, Span<byte> nonce)
    {
        header.NoncePrefix.CopyTo(nonce);
        BinaryPrimitives.WriteUInt32BigEndian(nonce[NoncePrefixSize..], checked((uint)chunk));
        nonce[11] = last ? (byte)1 : (byte)0;
    }

    /// <summary>Encrypts a small blob in memory (rendered images).</summary>
    public static byte[] Encrypt(ReadOnlyMemory<byte> plain, BlobKey key)
    {
        using var source = new MemoryStream(plain.ToArray(), writable: false);
        using var encrypting = new EncryptingReadStream(source, key);
        using var output = new MemoryStream();
        encrypting.CopyTo(output);
        return output.ToArray();
    }
}
