namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>Writes packet header bits (T.800 B.10.1): MSB first, a stuffed zero bit after every 0xFF.</summary>
internal sealed class PacketBitWriter
{
    private readonly List<byte> _bytes = [];
    private int _current;
    private int _free = 8;

    public void WriteBit(int bit)
    {
        _free--;
        _current |= (bit & 1) << _free;
        if (_free == 0)
        {
            Push();
        }
    }

    public void WriteBits(int value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            WriteBit((value >> i) & 1);
        }
    }

    /// <summary>Pads to a byte boundary; a header ending on 0xFF gets one more (stuffing) byte.</summary>
    public byte[] Finish()
    {
        if (_free < (LastIsFf ? 7 : 8))
        {
            Push();
        }

        if (LastIsFf)
        {
            _bytes.Add(0);
        }

        return [.. _bytes];
    }

    private bool LastIsFf => _bytes.Count > 0 && _bytes[^1] == 0xFF;

    private void Push()
    {
        _bytes.Add((byte)_current);
        _current = 0;
        _free = _bytes[^1] == 0xFF ? 7 : 8;
    }
}
