namespace Dicom.Clean.Toolkit.IO;

/// <summary>A byte source over memory: every range is a slice, nothing is copied.</summary>
internal sealed class MemoryByteSource(ReadOnlyMemory<byte> memory) : DicomByteSource
{
    public ReadOnlyMemory<byte> Memory { get; } = memory;

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
