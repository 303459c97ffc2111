namespace Dicom.Clean.Infrastructure.Encryption;

/// <summary>A parsed encrypted-blob header; its bytes are the associated data of every chunk.</summary>
/// <param name="Bytes">The header exactly as stored.</param>
/// <param name="KeyId">The master key it was written under.</param>
/// <param name="ChunkSize">Plaintext bytes per chunk.</param>
internal sealed record BlobHeader(byte[] Bytes, string KeyId, int ChunkSize)
{
    private int SaltOffset => EncryptedBlobFormat.FixedHeaderSize + KeyId.Length + 4;

    public ReadOnlySpan<byte> Salt => Bytes.AsSpan(SaltOffset, EncryptedBlobFormat.SaltSize);

    public ReadOnlySpan<byte> NoncePrefix => Bytes.AsSpan(SaltOffset + EncryptedBlobFormat.SaltSize, EncryptedBlobFormat.NoncePrefixSize);
}
