using System.Runtime.CompilerServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// The MQ arithmetic decoder (T.800 Annex C). Context states are indices into the 47-state
/// probability table doubled with the MPS sense (index = 2 * state + mps). The segment it reads
/// must be followed by two 0xFF bytes: the decoder then feeds 1-bits at the end of the data
/// without ever stepping past them, so it needs no bounds checks. Callers copy it into a local
/// for the length of a coding pass so that its registers stay in registers.
/// </summary>
internal struct MqDecoder
{
    private byte[] _data;
    private int _position;
    private uint _c;
    private uint _a;
    private int _ct;

    /// <summary>Starts decoding the segment at <paramref name="start"/> in <paramref name="data"/>.</summary>
    public void Start(byte[] data, int start)
    {
        _data = data;
        _position = start;
        _c = (uint)data[start] << 16;
        ByteIn();
        _c <<= 7;
        _ct -= 7;
        _a = 0x8000;
    }

    /// <summary>Decodes one decision in context <paramref name="context"/>, updating its state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Decode(ref byte context)
    {
        var state = context;
        var entry = MqStates.Table[state & 0x7F];
        var qe = entry & 0xFFFF;
        var a = _a - qe;
        var c = _c;
        if ((c >> 16) < qe)
        {
            // LPS path (with conditional exchange).
            int d;
            if (a < qe)
            {
                d = state & 1;
                context = (byte)(entry >> 16);
            }
            else
            {
                d = 1 - (state & 1);
                context = (byte)(entry >> 24);
            }

            _a = qe;
            Renormalize();
            return d;
        }

        _c = c - (qe << 16);
        _a = a;
        if ((a & 0x8000) != 0)
        {
            return state & 1;
        }

        int m;
        if (a < qe)
        {
            m = 1 - (state & 1);
            context = (byte)(entry >> 24);
        }
        else
        {
            m = state & 1;
            context = (byte)(entry >> 16);
        }

        Renormalize();
        return m;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Renormalize()
    {
        do
        {
            if (_ct == 0)
            {
                ByteIn();
            }

            _a <<= 1;
            _c <<= 1;
            _ct--;
        }
        while (_a < 0x8000);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ByteIn()
    {
        var next = _data[_position + 1];
        if (_data[_position] == 0xFF)
        {
            if (next > 0x8F)
            {
                // A marker (or the sentinel): feed 1-bits, stay put.
                _c += 0xFF00;
                _ct = 8;
            }
            else
            {
                _position++;
                _c += (uint)next << 9;
                _ct = 7;
            }
        }
        else
        {
            _position++;
            _c += (uint)next << 8;
            _ct = 8;
        }
    }
}
