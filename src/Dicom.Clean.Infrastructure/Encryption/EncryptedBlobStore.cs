using Dicom.Clean.Application.Common.Ports;

namespace Dicom.Clean.Infrastructure.Encryption;

/// <summary>
/// Every blob, original and rendered, encrypted at rest (AES-256-GCM, see <see cref="EncryptedBlobFormat"/>)
/// over any blob store: staging encrypts as it streams (the hash and size are of the plaintext),
/// reads decrypt chunk by chunk behind a seekable stream, so ranges keep working.
/// </summary>
internal sealed class EncryptedBlobStore(IBlobStore inner, BlobKeyring keyring) : IBlobStore
{
    public async Task<IStagedBlob> StageAsync(Stream content, CancellationToken cancellationToken)
    {
        using var hashing = new HashingReadStream(content);
        using var encrypting = new EncryptingReadStream(hashing, keyring.Active);
        var staged = await inner.StageAsync(encrypting, cancellationToken);
        return new EncryptedStagedBlob(staged, hashing.Sha256, hashing.BytesRead, keyring);
    }

    public Task WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        inner.WriteAsync(key, EncryptedBlobFormat.Encrypt(content, keyring.Active), cancellationToken);

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var stream = await inner.OpenReadAsync(key, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        try
        {
            return DecryptingStream.Open(stream, keyring, key);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

    private sealed class EncryptedStagedBlob(IStagedBlob staged, string sha256, long sizeBytes, BlobKeyring keyring) : IStagedBlob
    {
        public string Sha256 { get; } = sha256;

        public long SizeBytes { get; } = sizeBytes;

        public Stream OpenRead()
        {
            var stream = staged.OpenRead();
            try
            {
                return DecryptingStream.Open(stream, keyring, "staged upload");
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }

        public Task CommitAsync(string key, CancellationToken cancellationToken) => staged.CommitAsync(key, cancellationToken);

        public ValueTask DisposeAsync() => staged.DisposeAsync();
    }
}
