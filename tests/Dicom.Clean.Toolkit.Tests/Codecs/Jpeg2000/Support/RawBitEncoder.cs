namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>Writes the raw segments of the bypass mode: bits MSB first, a stuffed zero after 0xFF.</summary>
internal sealed class RawBitEncoder
{
    private readonly List<byte> _bytes = [];
    private int _current;
    private int _free = 8;

    public int Length => _bytes.Count + (_free < (LastWasFf ? 7 : 8) ? 1 : 0);

    private bool LastWasFf => _bytes.Count > 0 && _bytes[^1] == 0xFF;

    public void Write(int bit)
    {
        if (_free == 0)
        {
            Flush();
        }

        _free--;
        _current |= bit << _free;
        if (_free == 0)
        {
            Flush();
        }
    }

    public byte[] Finish()
    {
        if (_free < (LastWasFf ? 7 : 8))
        {
            Flush();
        }

        return [.. _bytes];
    }

    private void Flush()
    {
        _bytes.Add((byte)_current);
        _current = 0;
        _free = _bytes[^1] == 0xFF ? 7 : 8;
    }
}
