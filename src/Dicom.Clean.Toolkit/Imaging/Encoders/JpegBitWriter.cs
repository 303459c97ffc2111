using System.Buffers;

namespace Dicom.Clean.Toolkit.Imaging.Encoders;

/// <summary>
/// Buffers JPEG output: marker segments as bytes, entropy-coded data as bits most significant first,
/// with a 0x00 stuffed after every 0xFF (T.81 F.1.2.3) and the last byte padded with ones.
/// </summary>
internal sealed class JpegBitWriter : IDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly Stream _output;
    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _count;
    private ulong _bits;
    private int _bitCount;

    public JpegBitWriter(Stream output) => _output = output;

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(JpegBitWriter));

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            WriteByte(b);
        }
    }

    public void WriteUInt16(int value)
    {
        WriteByte((byte)(value >> 8));
        WriteByte((byte)value);
    }

    public void WriteByte(byte value)
    {
        var buffer = Buffer;
        if (_count == buffer.Length)
        {
            FlushBuffer();
        }

        buffer[_count++] = value;
    }

    /// <summary>Appends the low <paramref name="size"/> bits of <paramref name="value"/> to the entropy-coded data.</summary>
    public void WriteBits(uint value, int size)
    {
        _bits = (_bits << size) | (value & (uint)((1UL << size) - 1));
        _bitCount += size;
        while (_bitCount >= 8)
        {
            var b = (byte)(_bits >> (_bitCount - 8));
            WriteByte(b);
            if (b == 0xFF)
            {
                WriteByte(0);
            }

            _bitCount -= 8;
        }
    }

    /// <summary>Pads the entropy-coded data to a byte boundary with one bits.</summary>
    public void PadToByte()
    {
        if (_bitCount > 0)
        {
            WriteBits(0x7F, 8 - _bitCount);
        }

        _bits = 0;
    }

    public void Flush()
    {
        FlushBuffer();
        _output.Flush();
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void FlushBuffer()
    {
        _output.Write(Buffer, 0, _count);
        _count = 0;
    }
}
