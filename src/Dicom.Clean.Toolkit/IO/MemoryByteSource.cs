namespace Dicom.Clean.Toolkit.IO;

/// <summary>
/// A byte source over memory: every range is a slice, nothing is copied. Also used for a block read
/// from a file: then <see cref="BaseOffset"/> is where the block starts in <see cref="Origin"/>.
/// </summary>
internal sealed class MemoryByteSource(ReadOnlyMemory<byte> memory, long baseOffset = 0, DicomByteSource? origin = null) : DicomByteSource
{
    public ReadOnlyMemory<byte> Memory { get; } = memory;

    /// <summary>Offset of the first byte in <see cref="Origin"/>; 0 when the memory is the source itself.</summary>
    public long BaseOffset { get; } = baseOffset;

    /// <summary>The file or stream this block was read from; null when the memory is the source itself.</summary>
    public DicomByteSource? Origin { get; } = origin;

    public override long Length => Memory.Length;

    public override void Read(long offset, Span<byte> destination)
    {
        CheckRange(offset, destination.Length);
        Memory.Span.Slice((int)offset, destination.Length).CopyTo(destination);
    }

    public override bool TryGetMemory(long offset, int length, out ReadOnlyMemory<byte> memory)
    {
        CheckRange(offset, length);
        memory = Memory.Slice((int)offset, length);
        return true;
    }
}
