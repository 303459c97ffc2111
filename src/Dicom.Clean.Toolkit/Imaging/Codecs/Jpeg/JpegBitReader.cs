using System.Runtime.CompilerServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>
/// Reads the entropy-coded segment of a scan most significant bit first, removing stuffed zero
/// bytes. At a marker (or the end of the data) it stops consuming input and supplies zero bits,
/// as libjpeg does, but counts them: a scan that consumed any of them was truncated or damaged.
/// </summary>
internal ref struct JpegBitReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _frameIndex;
    private int _position;
    private ulong _buffer;
    private int _count;
    private int _padding;
    private bool _atMarker;

    public JpegBitReader(ReadOnlySpan<byte> data, int position, int frameIndex)
    {
        _data = data;
        _position = position;
        _frameIndex = frameIndex;
    }

    /// <summary>Offset of the next byte not yet taken into the bit buffer.</summary>
    public readonly int Position => _position;

    /// <summary>Frame index for error messages.</summary>
    public readonly int FrameIndex => _frameIndex;

    /// <summary>True when decoding has consumed bits that were not in the stream.</summary>
    public readonly bool IsOverrun => _count < _padding;

    /// <summary>Returns the next 16 bits without consuming them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Peek16()
    {
        if (_count < 16)
        {
            Fill();
        }

        return (int)(_buffer >> 48);
    }

    /// <summary>Consumes <paramref name="bits"/> bits already made available by <see cref="Peek16"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Skip(int bits)
    {
        _buffer <<= bits;
        _count -= bits;
    }

    /// <summary>Reads 0 to 16 bits as an unsigned value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadBits(int bits)
    {
        if (bits == 0)
        {
            return 0;
        }

        if (_count < bits)
        {
            Fill();
        }

        var value = (int)(_buffer >> (64 - bits));
        _buffer <<= bits;
        _count -= bits;
        return value;
    }

    /// <summary>Reads one bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadBit()
    {
        if (_count < 1)
        {
            Fill();
        }

        var value = (int)(_buffer >> 63);
        _buffer <<= 1;
        _count--;
        return value;
    }

    /// <summary>Reads <paramref name="bits"/> bits and sign-extends them as T.81 F.2.2.1 (EXTEND).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReceiveExtend(int bits)
    {
        if (bits == 0)
        {
            return 0;
        }

        var value = ReadBits(bits);
        return value < (1 << (bits - 1)) ? value - (1 << bits) + 1 : value;
    }

    /// <summary>Throws when the scan so far needed more bits than the segment holds.</summary>
    public readonly void ThrowIfOverrun()
    {
        if (IsOverrun)
        {
            throw JpegFailure.At("entropy-coded data ends before the scan is complete (truncated or damaged stream)", _position, _frameIndex);
        }
    }

    /// <summary>
    /// Ends a restart interval: drops the remaining bits, skips any leftover bytes and consumes the
    /// RSTn marker that must follow. Any RSTn number is accepted.
    /// </summary>
    public void ProcessRestart()
    {
        ThrowIfOverrun();
        var p = _position;
        while (p + 1 < _data.Length)
        {
            if (_data[p] == 0xFF)
            {
                var next = _data[p + 1];
                if (JpegMarker.IsRestart(next))
                {
                    _position = p + 2;
                    _buffer = 0;
                    _count = 0;
                    _padding = 0;
                    _atMarker = false;
                    return;
                }

                if (next != 0x00 && next != 0xFF)
                {
                    throw JpegFailure.At($"expected a restart marker, found marker 0xFF{next:X2}", p, _frameIndex);
                }

                p += next == 0x00 ? 2 : 1;
                continue;
            }

            p++;
        }

        throw JpegFailure.At("expected a restart marker, found the end of the data", _data.Length, _frameIndex);
    }

    private void Fill()
    {
        while (_count <= 56)
        {
            if (_atMarker)
            {
                // The bits below _count are already zero: account for them as padding.
                _padding += 64 - _count;
                _count = 64;
                return;
            }

            if (_position >= _data.Length)
            {
                _atMarker = true;
                continue;
            }

            int b = _data[_position];
            if (b == 0xFF)
            {
                if (_position + 1 < _data.Length && _data[_position + 1] == 0x00)
                {
                    _position += 2;
                }
                else
                {
                    _atMarker = true;
                    continue;
                }
            }
            else
            {
                _position++;
            }

            _buffer |= (ulong)b << (56 - _count);
            _count += 8;
        }
    }
}
