namespace Dicom.Clean.Toolkit.IO;

/// <summary>
/// A byte source over consecutive memory chunks (an inflated data set): the chunks are filled once and
/// never copied into one block. Ranges inside one chunk are slices; ranges across chunks are copied.
/// </summary>
internal sealed class ChunkedByteSource : DicomByteSource
{
    private readonly byte[][] _chunks;
    private readonly long[] _starts;

    /// <param name="chunks">The chunks, in order; the last one may be partly filled.</param>
    /// <param name="length">Bytes in use: every chunk but the last is full.</param>
    public ChunkedByteSource(byte[][] chunks, long length)
    {
        _chunks = chunks;
        _starts = new long[chunks.Length];
        long start = 0;
        for (var i = 0; i < chunks.Length; i++)
        {
            _starts[i] = start;
            start += chunks[i].Length;
        }

        Length = length;
    }

    public override long Length { get; }

    public override void Read(long offset, Span<byte> destination)
    {
        CheckRange(offset, destination.Length);
        var index = ChunkAt(offset);
        while (!destination.IsEmpty)
        {
            var within = (int)(offset - _starts[index]);
            var count = Math.Min(destination.Length, _chunks[index].Length - within);
            _chunks[index].AsSpan(within, count).CopyTo(destination);
            destination = destination[count..];
            offset += count;
            index++;
        }
    }

    public override bool TryGetMemory(long offset, int length, out ReadOnlyMemory<byte> memory)
    {
        CheckRange(offset, length);
        var index = ChunkAt(offset);
        var within = (int)(offset - _starts[index]);
        if (within > _chunks[index].Length - length)
        {
            memory = default;
            return false;
        }

        memory = _chunks[index].AsMemory(within, length);
        return true;
    }

    private int ChunkAt(long offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        return index >= 0 ? index : ~index - 1;
    }
}
