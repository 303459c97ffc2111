namespace Dicom.Clean.Toolkit.IO;

/// <summary>A byte source over a seekable stream; reads are serialised because a stream has one position.</summary>
internal sealed class StreamByteSource(Stream stream, bool leaveOpen) : DicomByteSource
{
    private readonly Lock _gate = new();
    private readonly long _length = stream.Length;

    public override long Length => _length;

    public override void Read(long offset, Span<byte> destination)
    {
        CheckRange(offset, destination.Length);
        lock (_gate)
        {
            try
            {
                stream.Position = offset;
                stream.ReadExactly(destination);
            }
            catch (EndOfStreamException ex)
            {
                throw new DicomException("The stream ended before the expected length", offset, innerException: ex);
            }
            catch (IOException ex)
            {
                throw new DicomException($"Reading the stream failed: {ex.Message}", offset, innerException: ex);
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            stream.Dispose();
        }

        base.Dispose(disposing);
    }
}
