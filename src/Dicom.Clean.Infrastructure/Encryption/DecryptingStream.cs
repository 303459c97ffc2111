using System.Buffers;
using System.Security.Cryptography;

namespace Dicom.Clean.Infrastructure.Encryption;

/// <summary>
/// The plaintext of an encrypted blob, seekable: a read decrypts (and authenticates) only the
/// chunk it falls in, so a range request near the end of a large original reads one chunk, and
/// a sequential read holds one chunk in memory. Length is the plaintext length.
/// </summary>
internal sealed class DecryptingStream : Stream
{
    private readonly Stream _inner;
    private readonly BlobHeader _header;
    private readonly AesGcm _cipher;
    private readonly string _blobName;
    private readonly long _chunkCount;
    private readonly int _lastChunkLength;
    private byte[] _sealed;
    private byte[] _plain;
    private long _loadedChunk = -1;
    private int _loadedLength;
    private long _position;

    private DecryptingStream(Stream inner, BlobHeader header, BlobKey key, string blobName)
    {
        _inner = inner;
        _header = header;
        _blobName = blobName;
        var segment = (long)header.ChunkSize + EncryptedBlobFormat.TagSize;
        var body = inner.Length - header.Bytes.Length;
        _chunkCount = Math.Max(1, (body + segment - 1) / segment);
        var lastSealed = body - ((_chunkCount - 1) * segment);
        if (lastSealed < EncryptedBlobFormat.TagSize)
        {
            throw new BlobEncryptionException($"Blob '{blobName}' is truncated ({inner.Length} bytes).");
        }

        _lastChunkLength = (int)(lastSealed - EncryptedBlobFormat.TagSize);
        Length = ((_chunkCount - 1) * header.ChunkSize) + _lastChunkLength;
        _cipher = EncryptedBlobFormat.CreateCipher(key, header);
        _sealed = ArrayPool<byte>.Shared.Rent(header.ChunkSize + EncryptedBlobFormat.TagSize);
        _plain = ArrayPool<byte>.Shared.Rent(header.ChunkSize);
    }

    /// <summary>Reads the header of <paramref name="inner"/> (seekable, at 0) and finds its key.</summary>
    public static DecryptingStream Open(Stream inner, BlobKeyring keyring, string blobName)
    {
        if (!inner.CanSeek)
        {
            throw new ArgumentException("Encrypted blobs are read from seekable streams.", nameof(inner));
        }

        var header = EncryptedBlobFormat.ReadHeader(inner, blobName);
        var key = keyring.Find(header.KeyId)
            ?? throw new BlobEncryptionException($"Blob '{blobName}' was encrypted under key '{header.KeyId}', which is not configured.");
        return new DecryptingStream(inner, header, key, blobName);
    }

    /// <summary>The key id in the header.</summary>
    public string KeyId => _header.KeyId;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length { get; }

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position >= Length || buffer.IsEmpty)
        {
            return 0;
        }

        var chunk = _position / _header.ChunkSize;
        if (chunk != _loadedChunk)
        {
            var sealedLength = SealedLength(chunk);
            _inner.Position = ChunkOffset(chunk);
            _inner.ReadExactly(_sealed, 0, sealedLength);
            Open(chunk, sealedLength);
        }

        return CopyOut(buffer, chunk);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= Length || buffer.IsEmpty)
        {
            return 0;
        }

        var chunk = _position / _header.ChunkSize;
        if (chunk != _loadedChunk)
        {
            var sealedLength = SealedLength(chunk);
            _inner.Position = ChunkOffset(chunk);
            await _inner.ReadExactlyAsync(_sealed.AsMemory(0, sealedLength), cancellationToken);
            Open(chunk, sealedLength);
        }

        return CopyOut(buffer.Span, chunk);
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => Length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int SealedLength(long chunk) =>
        (chunk == _chunkCount - 1 ? _lastChunkLength : _header.ChunkSize) + EncryptedBlobFormat.TagSize;

    private long ChunkOffset(long chunk) => _header.Bytes.Length + (chunk * ((long)_header.ChunkSize + EncryptedBlobFormat.TagSize));

    private void Open(long chunk, int sealedLength)
    {
        var plainLength = sealedLength - EncryptedBlobFormat.TagSize;
        Span<byte> nonce = stackalloc byte[12];
        EncryptedBlobFormat.Nonce(_header, chunk, chunk == _chunkCount - 1, nonce);
        try
        {
            _cipher.Decrypt(nonce, _sealed.AsSpan(0, plainLength), _sealed.AsSpan(plainLength, EncryptedBlobFormat.TagSize),
                _plain.AsSpan(0, plainLength), _header.Bytes);
        }
        catch (AuthenticationTagMismatchException ex)
        {
            _loadedChunk = -1;
            throw new BlobEncryptionException($"Blob '{_blobName}' chunk {chunk} does not authenticate: the blob was altered, or key '{_header.KeyId}' is not the key it was written with.", ex);
        }

        _loadedChunk = chunk;
        _loadedLength = plainLength;
    }

    private int CopyOut(Span<byte> buffer, long chunk)
    {
        var offset = (int)(_position - (chunk * _header.ChunkSize));
        var n = Math.Min(buffer.Length, _loadedLength - offset);
        _plain.AsSpan(offset, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _plain.Length > 0)
        {
            _inner.Dispose();
            _cipher.Dispose();
            ArrayPool<byte>.Shared.Return(_plain, clearArray: true);
            ArrayPool<byte>.Shared.Return(_sealed);
            _plain = _sealed = [];
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_plain.Length > 0)
        {
            await _inner.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
