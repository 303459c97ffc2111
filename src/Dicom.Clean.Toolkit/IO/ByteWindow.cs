namespace Dicom.Clean.Toolkit.IO;

/// <summary>
/// The reader's view of its source. From memory every access is a slice. From a file or stream,
/// headers are read through a buffer and small values copied into shared chunks (one allocation per
/// chunk, not per value); large values are not read at all.
/// </summary>
internal sealed class ByteWindow
{
    private const int BufferSize = 64 * 1024;
    private const int ChunkSize = 64 * 1024;
    private const int OwnArrayThreshold = 16 * 1024;

    private readonly ReadOnlyMemory<byte> _memory;
    private readonly byte[]? _buffer;
    private long _bufferStart;
    private int _bufferCount;
    private byte[]? _chunk;
    private int _chunkUsed;

    public ByteWindow(DicomByteSource source)
    {
        Source = source;
        Length = source.Length;
        if (source is MemoryByteSource memory)
        {
            _memory = memory.Memory;
            IsMemory = true;
        }
        else
        {
            _buffer = new byte[BufferSize];
        }
    }

    public DicomByteSource Source { get; }

    public long Length { get; }

    /// <summary>True when values are slices of memory: nothing is ever deferred or copied.</summary>
    public bool IsMemory { get; }

    /// <summary>Up to <paramref name="count"/> bytes at <paramref name="offset"/> (fewer at the end of the source).</summary>
    public ReadOnlySpan<byte> Peek(long offset, int count)
    {
        var available = Length - offset;
        if (available <= 0)
        {
            return [];
        }

        if (available < count)
        {
            count = (int)available;
        }

        if (IsMemory)
        {
            return _memory.Span.Slice((int)offset, count);
        }

        if (offset < _bufferStart || offset + count > _bufferStart + _bufferCount)
        {
            _bufferStart = offset;
            _bufferCount = (int)Math.Min(BufferSize, Length - offset);
            Source.Read(offset, _buffer.AsSpan(0, _bufferCount));
        }

        return _buffer.AsSpan((int)(offset - _bufferStart), count);
    }

    /// <summary>The value bytes at a range already checked to lie inside the source.</summary>
    public ReadOnlyMemory<byte> Value(long offset, int length)
    {
        if (length == 0)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        if (IsMemory)
        {
            return _memory.Slice((int)offset, length);
        }

        Memory<byte> target;
        if (length >= OwnArrayThreshold)
        {
            target = new byte[length];
        }
        else
        {
            if (_chunk is null || ChunkSize - _chunkUsed < length)
            {
                _chunk = new byte[ChunkSize];
                _chunkUsed = 0;
            }

            target = _chunk.AsMemory(_chunkUsed, length);
            _chunkUsed += length;
        }

        if (offset >= _bufferStart && offset + length <= _bufferStart + _bufferCount)
        {
            _buffer.AsSpan((int)(offset - _bufferStart), length).CopyTo(target.Span);
        }
        else
        {
            Source.Read(offset, target.Span);
        }

        return target;
    }
}
