using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Reads a forward-growing segment of the HT block coder (MagSgn, SigProp), least significant
/// bit first; a byte following 0xFF carries only its seven low bits. Past the segment it reads
/// a fill byte (0xFF for MagSgn, 0 for SigProp).
/// </summary>
internal ref struct HtForwardReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _end;
    private readonly byte _fill;
    private int _position;
    private ulong _bits;
    private int _count;
    private bool _unstuff;

    /// <summary>Reads <c>data[start..end)</c>, then <paramref name="fill"/> bytes.</summary>
    public HtForwardReader(ReadOnlySpan<byte> data, int start, int end, byte fill)
    {
        _data = data;
        _position = start;
        _end = end;
        _fill = fill;
        Refill();
    }

    /// <summary>The next 32 bits, without consuming them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Peek()
    {
        if (_count < 32)
        {
            Refill();
        }

        return (uint)_bits;
    }

    /// <summary>Consumes <paramref name="count"/> bits (at most 32).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Advance(int count)
    {
        _bits >>= count;
        _count -= count;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Refill()
    {
        while (_count <= 56)
        {
            // Four bytes at once when none of the first three is 0xFF (so all carry eight bits).
            if (_count <= 32 && !_unstuff && _position + 4 <= _end)
            {
                var word = BinaryPrimitives.ReadUInt32LittleEndian(_data[_position..]);
                if ((byte)word != 0xFF && (byte)(word >> 8) != 0xFF && (byte)(word >> 16) != 0xFF)
                {
                    _bits |= (ulong)word << _count;
                    _count += 32;
                    _position += 4;
                    _unstuff = word >> 24 == 0xFF;
                    continue;
                }
            }

            ulong d = _position < _end ? _data[_position++] : _fill;
            if (_unstuff)
            {
                _bits |= (d & 0x7F) << _count;
                _count += 7;
            }
            else
            {
                _bits |= d << _count;
                _count += 8;
            }

            _unstuff = d == 0xFF;
        }
    }
}
