using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>
/// The MQ encoder of T.800 C.2 (software conventions), written from the standard's flow charts for
/// tests: it produces the segments the decoder must read back, using the decoder's own
/// probability table (which the corpus streams validate independently).
/// </summary>
internal sealed class MqEncoder
{
    private readonly List<byte> _bytes = [0];
    private int _bp;
    private uint _a = 0x8000;
    private uint _c;
    private int _ct = 12;

    /// <summary>Bytes emitted so far, plus the ones the register still holds: a safe truncation point.</summary>
    public int BytesSoFar => _bp + 2;

    /// <summary>Codes decision <paramref name="bit"/> in a context holding an expanded state (2 * state + mps).</summary>
    public void Encode(ref byte context, int bit)
    {
        var state = context;
        var entry = MqStates.Table[state];
        var qe = entry & 0xFFFF;
        var mps = state & 1;
        _a -= qe;
        if (bit == mps)
        {
            if ((_a & 0x8000) != 0)
            {
                _c += qe;
                return;
            }

            if (_a < qe)
            {
                _a = qe;
            }
            else
            {
                _c += qe;
            }

            context = (byte)(entry >> 16);
        }
        else
        {
            if (_a < qe)
            {
                _c += qe;
            }
            else
            {
                _a = qe;
            }

            context = (byte)(entry >> 24);
        }

        do
        {
            _a <<= 1;
            _c <<= 1;
            if (--_ct == 0)
            {
                ByteOut();
            }
        }
        while ((_a & 0x8000) == 0);
    }

    /// <summary>Terminates the codeword (C.2.9) and returns it.</summary>
    public byte[] Finish()
    {
        var temp = _c + _a;
        _c |= 0xFFFF;
        if (_c >= temp)
        {
            _c -= 0x8000;
        }

        _c <<= _ct;
        ByteOut();
        _c <<= _ct;
        ByteOut();
        var end = _bytes[_bp] == 0xFF ? _bp : _bp + 1;
        return _bytes.GetRange(1, end - 1).ToArray();
    }

    private void ByteOut()
    {
        if (_bytes[_bp] == 0xFF)
        {
            Emit((byte)(_c >> 20));
            _c &= 0xFFFFF;
            _ct = 7;
            return;
        }

        if (_c >= 0x8000000)
        {
            _bytes[_bp]++;
            if (_bytes[_bp] == 0xFF)
            {
                _c &= 0x7FFFFFF;
                Emit((byte)(_c >> 20));
                _c &= 0xFFFFF;
                _ct = 7;
                return;
            }
        }

        Emit((byte)(_c >> 19));
        _c &= 0x7FFFF;
        _ct = 8;
    }

    private void Emit(byte value)
    {
        _bp++;
        if (_bp == _bytes.Count)
        {
            _bytes.Add(value);
        }
        else
        {
            _bytes[_bp] = value;
        }
    }
}
