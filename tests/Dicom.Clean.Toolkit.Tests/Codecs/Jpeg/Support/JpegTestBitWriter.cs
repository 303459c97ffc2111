namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;

/// <summary>Writes entropy-coded bits MSB first with 0xFF byte stuffing (T.81 F.1.2.3).</summary>
internal sealed class JpegTestBitWriter
{
    private readonly List<byte> _output;
    private int _buffer;
    private int _count;

    public JpegTestBitWriter(List<byte> output) => _output = output;

    public void Write(int value, int length)
    {
        for (var i = length - 1; i >= 0; i--)
        {
            _buffer = (_buffer << 1) | ((value >> i) & 1);
            if (++_count == 8)
            {
                Emit();
            }
        }
    }

    /// <summary>Pads the last byte with 1-bits (F.1.2.3) and leaves the writer byte-aligned.</summary>
    public void Flush()
    {
        while (_count != 0)
        {
            Write(1, 1);
        }
    }

    private void Emit()
    {
        _output.Add((byte)_buffer);
        if (_buffer == 0xFF)
        {
            _output.Add(0x00);
        }

        _buffer = 0;
        _count = 0;
    }
}
