using System.Runtime.CompilerServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// The MEL (adaptive run-length) decoder of the HT cleanup pass (T.814 clause 7.3.3): reads its
/// segment forward, most significant bit first, dropping the stuffed bit after 0xFF, and turns
/// the 13-state run-length code into a stream of 0/1 events. The segment's last byte shares its
/// low nibble with the VLC segment, so that nibble reads as ones; past the end it reads 0xFF.
/// </summary>
internal ref struct HtMelDecoder
{
    private static ReadOnlySpan<byte> Exponents => [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5];

    private readonly ReadOnlySpan<byte> _data;
    private readonly int _end;
    private int _position;
    private int _current;
    private int _bits;
    private bool _stuffed;
    private int _state;
    private int _zeros;
    private bool _onePending;

    /// <summary>Reads the MEL segment <c>data[start..end)</c>.</summary>
    public HtMelDecoder(ReadOnlySpan<byte> data, int start, int end)
    {
        _data = data;
        _position = start;
        _end = end;
    }

    /// <summary>The next MEL event.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextEvent()
    {
        while (true)
        {
            if (_zeros > 0)
            {
                _zeros--;
                return 0;
            }

            if (_onePending)
            {
                _onePending = false;
                return 1;
            }

            var e = Exponents[_state];
            if (ReadBit() == 1)
            {
                // A full run of 2^e zero events, not ended by a one.
                _zeros = 1 << e;
                _state = Math.Min(_state + 1, 12);
            }
            else
            {
                var run = 0;
                for (var i = 0; i < e; i++)
                {
                    run = (run << 1) | ReadBit();
                }

                _zeros = run;
                _onePending = true;
                _state = Math.Max(_state - 1, 0);
            }
        }
    }

    private int ReadBit()
    {
        if (_bits == 0)
        {
            int value;
            if (_position < _end)
            {
                value = _data[_position];
                if (_position == _end - 1)
                {
                    value |= 0x0F;
                }

                _position++;
            }
            else
            {
                value = 0xFF;
            }

            _current = value;
            _bits = _stuffed ? 7 : 8;
            _stuffed = value == 0xFF;
        }

        _bits--;
        return (_current >> _bits) & 1;
    }
}
