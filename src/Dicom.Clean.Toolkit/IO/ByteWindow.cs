namespace Dicom.Clean.Toolkit.IO;

/// <summary>
/// The reader's view of its source. From memory every access is a slice of the one region. From a
/// file or stream, bytes are read in blocks (regions) that stay alive while elements refer to them:
/// an element's value is a slice of its region, so small values cost no allocation of their own, and
/// large values are not read at all.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Regions are memory; the source belongs to the caller.")]
internal sealed class ByteWindow
{
    private readonly int _regionSize;
    private MemoryByteSource _region;

    /// <param name="source">The source.</param>
    /// <param name="largeValueThreshold">
    /// Values from this size up are skipped, not read: blocks are no larger than that (4-64 KiB), so
    /// blocks kept alive by the small values between large ones cannot outweigh the file many times.
    /// </param>
    public ByteWindow(DicomByteSource source, int largeValueThreshold = 64 * 1024)
    {
        _regionSize = Math.Clamp(largeValueThreshold, 4 * 1024, 64 * 1024);
        Source = source;
        Length = source.Length;
        if (source is MemoryByteSource memory)
        {
            _region = memory;
            IsMemory = true;
        }
        else
        {
            _region = new MemoryByteSource(ReadOnlyMemory<byte>.Empty, 0, source);
        }
    }

    public DicomByteSource Source { get; }

    public long Length { get; }

    /// <summary>True when the source is memory: values are slices of it, nothing is ever deferred or copied.</summary>
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

        var region = Region(offset, count);
        return region.Memory.Span.Slice((int)(offset - region.BaseOffset), count);
    }

    /// <summary>The in-memory region holding a range already checked to lie inside the source.</summary>
    public MemoryByteSource Region(long offset, int length)
    {
        var region = _region;
        if (IsMemory || (offset >= region.BaseOffset && offset + length <= region.BaseOffset + region.Memory.Length))
        {
            return region;
        }

        // A new block: the old one stays alive as long as elements refer to it. Chunked memory (an
        // inflated data set) lends its bytes; files and streams are read into a new array.
        var size = (int)Math.Min(Math.Max(_regionSize, length), Length - offset);
        if (Source.TryGetMemory(offset, size, out var lent))
        {
            _region = new MemoryByteSource(lent, offset, Source);
            return _region;
        }

        var block = new byte[size];
        Source.Read(offset, block);
        _region = new MemoryByteSource(block, offset, Source);
        return _region;
    }
}
