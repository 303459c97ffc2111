namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Reads the raw (bypassed) segments of the selective arithmetic-coding bypass mode (T.800
/// D.6): plain bits with a stuffed zero after 0xFF. Like <see cref="MqDecoder"/> it relies on two
/// 0xFF bytes after the segment and never reads past them.
/// </summary>
internal struct RawBitDecoder
{
    private byte[] _data;
    private int _position;
    private int _c;
    private int _ct;

    /// <summary>Starts reading the segment at <paramref name="start"/>.</summary>
    public void Start(byte[] data, int start)
    {
        _data = data;
        _position = start;
        _c = 0;
        _ct = 0;
    }

    /// <summary>Reads one bit.</summary>
    public int Decode()
    {
        if (_ct == 0)
        {
            if (_c == 0xFF)
            {
                if (_data[_position] > 0x8F)
                {
                    _c = 0xFF;
                    _ct = 8;
                }
                else
                {
                    _c = _data[_position++];
                    _ct = 7;
                }
            }
            else
            {
                _c = _data[_position++];
                _ct = 8;
            }
        }

        _ct--;
        return (_c >> _ct) & 1;
    }
}
