using System.Buffers;

namespace Dicom.Clean.Application.Instances.Ingest;

/// <summary>
/// Passes a stream through (to the blob store's staging) and keeps a copy of what was read in a
/// pooled buffer, so ingest parses and renders the upload from memory instead of reading the
/// staged file back. Past <c>limit</c> bytes it stops copying and gives the buffer back: a large
/// file is then read from its staged blob.
/// </summary>
internal sealed class CopyingReadStream(Stream source, int limit) : Stream
{
    private const int InitialCapacity = 128 * 1024;

    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(InitialCapacity);
    private int _length;

    /// <summary>True when the whole stream was read and fits under the limit.</summary>
    public bool IsComplete { get; private set; }

    /// <summary>The bytes read when <see cref="IsComplete"/>, else null; valid until disposed.</summary>
    public ArraySegment<byte>? Copy => IsComplete && _buffer is not null ? new ArraySegment<byte>(_buffer, 0, _length) : (ArraySegment<byte>?)null;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = source.Read(buffer);
        Keep(buffer[..read], endOfStream: read == 0 && !buffer.IsEmpty);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await source.ReadAsync(buffer, cancellationToken);
        Keep(buffer.Span[..read], endOfStream: read == 0 && !buffer.IsEmpty);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Release();
        }

        base.Dispose(disposing);
    }

    private void Keep(ReadOnlySpan<byte> read, bool endOfStream)
    {
        if (_buffer is null)
        {
            return;
        }

        if (endOfStream)
        {
            IsComplete = true;
            return;
        }

        if ((long)_length + read.Length > limit)
        {
            Release();
            return;
        }

        if (_length + read.Length > _buffer.Length)
        {
            var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit, Math.Max((long)_buffer.Length * 2, _length + read.Length)));
            _buffer.AsSpan(0, _length).CopyTo(grown);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = grown;
        }

        read.CopyTo(_buffer.AsSpan(_length));
        _length += read.Length;
    }

    private void Release()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            IsComplete = false;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
