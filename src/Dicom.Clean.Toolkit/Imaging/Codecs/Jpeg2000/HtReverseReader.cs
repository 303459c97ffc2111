using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Reads a segment of the HT block coder that grows backward (the VLC part of the cleanup
/// segment, and the MagRef bits of the refinement segment), least significant bit first. A byte
/// whose low seven bits are all ones following (in reading order) a byte above 0x8F carries only
/// seven bits. Past the segment it reads zeros.
/// </summary>
internal ref struct HtReverseReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _stop;
    private int _position;
    private ulong _bits;
    private int _count;
    private bool _unstuff;

    private HtReverseReader(ReadOnlySpan<byte> data, int last, int stop, bool unstuff)
    {
        _data = data;
        _position = last;
        _stop = stop;
        _unstuff = unstuff;
    }

    /// <summary>
    /// The VLC reader of a cleanup segment of <paramref name="lcup"/> bytes whose MEL and VLC parts
    /// take the last <paramref name="scup"/>: it starts in the upper nibble of byte lcup-2 (the
    /// low 12 bits of the last two bytes hold scup).
    /// </summary>
    public static HtReverseReader ForVlc(ReadOnlySpan<byte> data, int lcup, int scup)
    {
        int first = data[lcup - 2];
        var reader = new HtReverseReader(data, lcup - 3, lcup - scup, (first | 0x0F) > 0x8F)
        {
            _bits = (ulong)(first >> 4),
            _count = ((first >> 4) & 7) == 7 ? 3 : 4,
        };
        reader.Fill();
        return reader;
    }

    /// <summary>The MagRef reader of the refinement segment <c>data[start..end)</c>, read from its end.</summary>
    public static HtReverseReader ForMagRef(ReadOnlySpan<byte> data, int start, int end)
    {
        var reader = new HtReverseReader(data, end - 1, start, true);
        reader.Fill();
        return reader;
    }

    /// <summary>The next 32 bits, without consuming them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Peek()
    {
        if (_count < 32)
        {
            Fill();
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
    private void Fill()
    {
        while (_count <= 56)
        {
            // Four bytes at once when none of them can make its successor carry seven bits.
            if (_count <= 32 && !_unstuff && _position - 3 >= _stop)
            {
                var word = BinaryPrimitives.ReadUInt32BigEndian(_data[(_position - 3)..]);
                if ((byte)word <= 0x8F && (byte)(word >> 8) <= 0x8F && (byte)(word >> 16) <= 0x8F)
                {
                    _bits |= (ulong)word << _count;
                    _count += 32;
                    _position -= 4;
                    _unstuff = word >> 24 > 0x8F;
                    continue;
                }
            }

            if (_position < _stop)
            {
                // Exhausted: zeros.
                _count = 64;
                return;
            }

            ulong d = _data[_position--];
            var bits = _unstuff && (d & 0x7F) == 0x7F ? 7 : 8;
            _bits |= (bits == 7 ? d & 0x7F : d) << _count;
            _count += bits;
            _unstuff = d > 0x8F;
        }
    }
}
