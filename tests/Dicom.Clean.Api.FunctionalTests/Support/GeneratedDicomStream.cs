using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Api.FunctionalTests.Support;

/// <summary>
/// A large multi-frame Part 10 file produced on the fly: a small header built in memory, then
/// pixel bytes generated as they are read. The whole file never exists in memory, so what an
/// upload allocates can be measured.
/// </summary>
internal sealed class GeneratedDicomStream : Stream
{
    private readonly byte[] _header;
    private readonly long _pixelBytes;
    private long _position;

    public GeneratedDicomStream(string sopInstanceUid, ushort rows, ushort columns, int frames)
    {
        _pixelBytes = (long)rows * columns * 2 * frames;
        _header = DicomByteBuilder.Part10("1.2.840.10008.1.2.1")
            .Text(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.7.3")
            .Text(0x0008, 0x0018, "UI", sopInstanceUid)
            .Text(0x0008, 0x0060, "CS", "OT")
            .Text(0x0010, 0x0020, "LO", "P1")
            .UInt16(0x0028, 0x0002, 1)
            .Text(0x0028, 0x0004, "CS", "MONOCHROME2")
            .Text(0x0028, 0x0008, "IS", frames.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UInt16(0x0028, 0x0010, rows)
            .UInt16(0x0028, 0x0011, columns)
            .UInt16(0x0028, 0x0100, 16)
            .UInt16(0x0028, 0x0101, 16)
            .UInt16(0x0028, 0x0102, 15)
            .UInt16(0x0028, 0x0103, 0)
            .Header(0x7FE0, 0x0010, "OW", checked((uint)_pixelBytes))
            .ToArray();
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _header.Length + _pixelBytes;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var remaining = Length - _position;
        var count = (int)Math.Min(buffer.Length, remaining);
        for (var i = 0; i < count; i++, _position++)
        {
            buffer[i] = _position < _header.Length ? _header[_position] : (byte)(_position * 31 >> 3);
        }

        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
