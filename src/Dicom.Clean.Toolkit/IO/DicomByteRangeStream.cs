namespace Dicom.Clean.Toolkit.IO;

/// <summary>A read-only, seekable stream over a <see cref="DicomByteRange"/>.</summary>
/// <param name="range">The bytes.</param>
/// <param name="maxReadLength">
/// Most bytes one read returns: small reads keep a decompressor from buffering far ahead, so
/// <see cref="Position"/> tells how much compressed input it has really consumed.
/// </param>
internal sealed class DicomByteRangeStream(DicomByteRange range, int maxReadLength = int.MaxValue) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => range.Length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var available = range.Length - _position;
        if (available <= 0)
        {
            return 0;
        }

        var count = (int)Math.Min(Math.Min(buffer.Length, maxReadLength), available);
        range.Source.Read(range.Offset + _position, buffer[..count]);
        _position += count;
        return count;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => range.Length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
