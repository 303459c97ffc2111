using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>
/// Reads the entropy-coded bits of a JPEG-LS scan, most significant bit first, undoing the bit
/// stuffing of T.87 A.1 (after a 0xFF byte the next byte carries 7 bits) and stopping at the first
/// marker (0xFF followed by a byte with its high bit set). Past the marker or the end of the data it
/// supplies zero bits, and reports truncation as soon as one of those is consumed.
/// </summary>
internal ref struct JpegLsBitReader
{
    private const int CacheBits = 64;
    private const int FillThreshold = CacheBits - 8;

    private readonly ReadOnlySpan<byte> _data;
    private readonly int? _frame;
    private int _position;
    private int _nextFF;
    private ulong _cache;
    private int _bits;
    private int _padBits;

    /// <summary>Starts reading at <paramref name="position"/>.</summary>
    /// <param name="data">The whole codestream (offsets in errors are relative to it).</param>
    /// <param name="position">Offset of the first entropy-coded byte.</param>
    /// <param name="frame">Frame index for errors.</param>
    public JpegLsBitReader(ReadOnlySpan<byte> data, int position, int? frame)
    {
        _data = data;
        _frame = frame;
        Restart(position);
    }

    /// <summary>Offset of the next byte not yet taken into the bit cache.</summary>
    public readonly int Position => _position;

    /// <summary>Discards buffered bits and continues at <paramref name="position"/> (after a restart marker).</summary>
    public void Restart(int position)
    {
        _position = position;
        _cache = 0;
        _bits = 0;
        _padBits = 0;
        FindNextFF();
        Fill();
    }

    /// <summary>Reads one bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadBit()
    {
        if (_bits <= 0)
        {
            Fill();
        }

        var bit = (int)(_cache >> (CacheBits - 1));
        _cache <<= 1;
        _bits--;
        return bit;
    }

    /// <summary>Reads <paramref name="count"/> bits (1 to 32) as an unsigned number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadBits(int count)
    {
        if (_bits < count)
        {
            Fill();
        }

        var value = (int)(_cache >> (CacheBits - count));
        _cache <<= count;
        _bits -= count;
        return value;
    }

    /// <summary>
    /// Reads a length-limited Golomb code (T.87 A.5.3): a unary prefix, then k bits, or after
    /// LIMIT - qbpp - 1 zeros an escape followed by qbpp bits holding the value minus one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadGolomb(int k, int limit, int qbpp)
    {
        if (_bits < 40)
        {
            Fill();
        }

        var cache = _cache;
        var zeros = BitOperations.LeadingZeroCount(cache);
        var length = zeros + 1 + k;
        if (zeros < limit - qbpp - 1 && length < _bits)
        {
            // (cache << zeros + 1) >> 1 >> 63 - k is the k bits after the prefix, and 0 for k = 0.
            var suffix = (int)(((cache << (zeros + 1)) >> 1) >> (CacheBits - 1 - k));
            _cache = cache << length;
            _bits -= length;
            return (zeros << k) | suffix;
        }

        return ReadGolombSlow(k, limit, qbpp);
    }

    /// <summary>
    /// Ends the scan or restart interval: the bits left in the current byte are padding. Returns the
    /// offset where the next marker starts; fails if the data ran out before the last code ended.
    /// </summary>
    public readonly int FindMarker()
    {
        CheckNotTruncated();
        for (var i = _position; i + 1 < _data.Length; i++)
        {
            if (_data[i] == 0xFF && _data[i + 1] >= 0x80)
            {
                return i;
            }
        }

        return _data.Length;
    }

    /// <summary>Fails when a code has consumed bits past the end of the entropy-coded data.</summary>
    public readonly void CheckNotTruncated()
    {
        if (_bits < _padBits)
        {
            throw new DicomException(
                _position >= _data.Length ? "JPEG-LS scan data is truncated" : "JPEG-LS scan data ends at a marker before the scan is complete",
                _position,
                frame: _frame);
        }
    }

    private int ReadGolombSlow(int k, int limit, int qbpp)
    {
        var escapeLength = limit - qbpp - 1;
        var zeros = 0;
        while (ReadBit() == 0)
        {
            if (++zeros > escapeLength)
            {
                throw new DicomException("JPEG-LS Golomb code is longer than LIMIT allows", _position, frame: _frame);
            }
        }

        if (zeros == escapeLength)
        {
            return ReadBits(qbpp) + 1;
        }

        return k == 0 ? zeros : (zeros << k) | ReadBits(k);
    }

    private void FindNextFF()
    {
        var index = _data[_position..].IndexOf((byte)0xFF);
        _nextFF = index < 0 ? _data.Length : _position + index;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Fill()
    {
        // Fast path: eight bytes without 0xFF ahead, no stuffing to undo. Bits of the eighth byte
        // beyond the ones counted are the real next bits, so OR-ing it in again later is harmless.
        if (_nextFF - _position >= 8)
        {
            var word = BinaryPrimitives.ReadUInt64BigEndian(_data.Slice(_position, 8));
            _cache |= word >> _bits;
            var bytes = (CacheBits - _bits) >> 3;
            _position += bytes;
            _bits += bytes << 3;
            return;
        }

        while (_bits <= FillThreshold)
        {
            if (_position >= _data.Length || (_data[_position] == 0xFF && (_position + 1 >= _data.Length || _data[_position + 1] >= 0x80)))
            {
                // End of data or a marker: supply zero bits, counted so that consuming them is caught.
                _bits += 8;
                _padBits += 8;
                continue;
            }

            var value = _data[_position++];
            _cache |= (ulong)value << (FillThreshold - _bits);
            _bits += 8;
            if (value == 0xFF)
            {
                // The next byte's high bit is a stuffed 0: overlap it with this byte's last (1) bit.
                _bits--;
                FindNextFF();
            }
        }

        CheckNotTruncated();
    }
}
