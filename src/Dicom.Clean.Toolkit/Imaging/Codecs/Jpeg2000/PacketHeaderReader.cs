namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Reads packet header bits (T.800 B.10.1): most significant bit first, with a stuffed zero bit
/// after every 0xFF byte. Reading past the end yields zero bits and sets <see cref="Overrun"/>,
/// so a truncated header is detected once, after the fact, instead of at every bit.
/// </summary>
internal ref struct PacketHeaderReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;
    private int _bits;
    private int _current;
    private int _last;

    /// <summary>Starts reading <paramref name="data"/> at <paramref name="position"/>.</summary>
    public PacketHeaderReader(ReadOnlySpan<byte> data, int position)
    {
        _data = data;
        _position = position;
    }

    /// <summary>Byte position of the next unread byte.</summary>
    public readonly int Position => _position;

    /// <summary>True once a bit beyond the data was requested.</summary>
    public bool Overrun { get; private set; }

    /// <summary>Reads one bit.</summary>
    public int ReadBit()
    {
        if (_bits == 0)
        {
            // After 0xFF only seven bits of the next byte carry data.
            _bits = _last == 0xFF ? 7 : 8;
            if (_position < _data.Length)
            {
                _current = _data[_position++];
            }
            else
            {
                _current = 0;
                Overrun = true;
            }

            _last = _current;
        }

        _bits--;
        return (_current >> _bits) & 1;
    }

    /// <summary>Reads <paramref name="count"/> bits (at most 31), most significant first.</summary>
    public int ReadBits(int count)
    {
        var value = 0;
        for (var i = 0; i < count; i++)
        {
            value = (value << 1) | ReadBit();
        }

        return value;
    }

    /// <summary>Skips to the next byte boundary; a header ending on 0xFF is followed by one stuffing byte.</summary>
    public void AlignToByte()
    {
        if (_last == 0xFF)
        {
            _bits = 0;
            ReadBit();
        }

        _bits = 0;
        _last = 0;
    }

    /// <summary>Skips a two-byte marker (SOP's or EPH's) when it is next.</summary>
    public bool SkipMarker(ushort marker, int length)
    {
        if (_position + 1 < _data.Length && _data[_position] == (marker >> 8) && _data[_position + 1] == (marker & 0xFF))
        {
            _position = Math.Min(_position + length, _data.Length);
            return true;
        }

        return false;
    }
}
