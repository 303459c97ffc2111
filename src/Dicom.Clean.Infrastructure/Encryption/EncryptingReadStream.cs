using System.Buffers;
using System.Security.Cryptography;

namespace Dicom.Clean.Infrastructure.Encryption;

/// <summary>
/// Reading it yields the encrypted form of the source: header, then one sealed chunk at a time.
/// Reads one chunk ahead to know which chunk is the last, so memory stays at three chunks
/// whatever the blob's size.
/// </summary>
internal sealed class EncryptingReadStream : Stream
{
    private readonly Stream _source;
    private readonly BlobHeader _header;
    private readonly AesGcm _cipher;
    private readonly int _chunkSize;
    private byte[] _current;
    private byte[] _next;
    private readonly byte[] _output;
    private int _currentLength = -1;
    private int _outputPosition;
    private int _outputLength;
    private long _chunk;
    private bool _headerWritten;
    private bool _finished;

    public EncryptingReadStream(Stream source, BlobKey key, int chunkSize = EncryptedBlobFormat.DefaultChunkSize)
    {
        _source = source;
        _chunkSize = chunkSize;
        _header = EncryptedBlobFormat.NewHeader(key, chunkSize);
        _cipher = EncryptedBlobFormat.CreateCipher(key, _header);
        _current = ArrayPool<byte>.Shared.Rent(chunkSize);
        _next = ArrayPool<byte>.Shared.Rent(chunkSize);
        _output = ArrayPool<byte>.Shared.Rent(Math.Max(chunkSize + EncryptedBlobFormat.TagSize, _header.Bytes.Length));
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_outputPosition == _outputLength)
        {
            if (_finished)
            {
                return 0;
            }

            Produce(sync: true, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return CopyOut(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_outputPosition == _outputLength)
        {
            if (_finished)
            {
                return 0;
            }

            await Produce(sync: false, cancellationToken);
        }

        return CopyOut(buffer.Span);
    }

    private int CopyOut(Span<byte> buffer)
    {
        var n = Math.Min(buffer.Length, _outputLength - _outputPosition);
        _output.AsSpan(_outputPosition, n).CopyTo(buffer);
        _outputPosition += n;
        return n;
    }

    private async ValueTask Produce(bool sync, CancellationToken cancellationToken)
    {
        _outputPosition = 0;
        if (!_headerWritten)
        {
            _header.Bytes.CopyTo(_output, 0);
            _outputLength = _header.Bytes.Length;
            _headerWritten = true;
            return;
        }

        if (_currentLength < 0)
        {
            _currentLength = await Fill(_current, sync, cancellationToken);
        }

        var nextLength = 0;
        var last = _currentLength < _chunkSize || (nextLength = await Fill(_next, sync, cancellationToken)) == 0;
        Span<byte> nonce = stackalloc byte[12];
        EncryptedBlobFormat.Nonce(_header, _chunk, last, nonce);
        _cipher.Encrypt(nonce, _current.AsSpan(0, _currentLength), _output.AsSpan(0, _currentLength),
            _output.AsSpan(_currentLength, EncryptedBlobFormat.TagSize), _header.Bytes);
        _outputLength = _currentLength + EncryptedBlobFormat.TagSize;
        _chunk++;
        if (last)
        {
            _finished = true;
        }
        else
        {
            (_current, _next) = (_next, _current);
            _currentLength = nextLength;
        }
    }

    // Reads until the chunk is full or the source ends: chunk boundaries must not depend on how
    // the source happens to split its reads.
    private async ValueTask<int> Fill(byte[] chunk, bool sync, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < _chunkSize)
        {
            var read = sync
                ? _source.Read(chunk, filled, _chunkSize - filled)
                : await _source.ReadAsync(chunk.AsMemory(filled, _chunkSize - filled), cancellationToken);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _current.Length > 0)
        {
            _cipher.Dispose();
            ArrayPool<byte>.Shared.Return(_current, clearArray: true);
            ArrayPool<byte>.Shared.Return(_next, clearArray: true);
            ArrayPool<byte>.Shared.Return(_output);
            _current = _next = [];
        }

        base.Dispose(disposing);
    }
}
