namespace Dicom.Clean.Toolkit.Tests.Codecs.JpegLs;

/// <summary>
/// Writes JPEG-LS entropy-coded bits for the test encoder: most significant bit first, with a 0 bit
/// stuffed after every 0xFF byte (T.87 A.1).
/// </summary>
internal sealed class JpegLsTestBitWriter(List<byte> output)
{
    private int _byte;
    private int _free = 8;

    public void WriteBit(int bit) => WriteBits(bit, 1);

    public void WriteBits(int value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            _byte |= ((value >> i) & 1) << (_free - 1);
            if (--_free == 0)
            {
                Emit();
            }
        }
    }

    public void WriteZeros(int count)
    {
        for (var i = 0; i < count; i++)
        {
            WriteBits(0, 1);
        }
    }

    /// <summary>Pads the last byte with zeros; a final 0xFF gets its stuffed byte so no marker is faked.</summary>
    public void Flush()
    {
        // After 0xFF only 7 bits are free, so this also writes the byte that must follow it.
        if (_free < 8)
        {
            Emit();
        }

        _byte = 0;
        _free = 8;
    }

    private void Emit()
    {
        output.Add((byte)_byte);
        _byte = 0;
        _free = output[^1] == 0xFF ? 7 : 8;
    }
}
