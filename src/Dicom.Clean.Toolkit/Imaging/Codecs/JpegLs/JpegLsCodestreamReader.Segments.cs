using System.Buffers.Binary;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <content>Marker segments other than SOS: SOF55, LSE, DRI, APP8 and the ones skipped.</content>
internal ref partial struct JpegLsCodestreamReader
{
    private void ReadSegment(int code, int at)
    {
        var segment = Segment(at);
        switch (code)
        {
            case 0xF7:
                ReadFrameHeader(segment, at);
                break;
            case 0xF8:
                ReadPresetParameters(segment, at);
                break;
            case 0xDD:
                _restartInterval = segment.Length is >= 2 and <= 4 ? (int)Math.Min(ReadUnsigned(segment), int.MaxValue)
                    : throw Damaged("JPEG-LS DRI segment has an invalid length", at);
                break;
            case 0xE8:
                ReadApplication8(segment, at);
                break;
            case 0xF9:
                throw Damaged("JPEG-LS extended (ISO 14495-2, SOF57) streams are not supported", at);
            case >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC:
                throw Damaged($"stream has a JPEG SOF{code - 0xC0} marker: not JPEG-LS", at);
            default:
                // COM, other APPn, DNL and anything unknown with a length: skipped.
                break;
        }

        _position = at + 2 + segment.Length + 2;
    }

    private void ReadFrameHeader(ReadOnlySpan<byte> segment, int at)
    {
        if (_header is not null)
        {
            throw Damaged("JPEG-LS stream has a second frame header", at);
        }

        var count = segment.Length >= 6 ? segment[5] : 0;
        if (count < 1 || segment.Length < 6 + (3 * count))
        {
            throw Damaged("JPEG-LS SOF55 segment is malformed", at);
        }

        int precision = segment[0];
        if (precision is < 2 or > 16)
        {
            throw Damaged($"JPEG-LS sample precision {precision} is outside 2-16", at);
        }

        var components = new JpegLsComponentSpec[count];
        for (var i = 0; i < count; i++)
        {
            var id = segment[6 + (3 * i)];
            var sampling = segment[7 + (3 * i)];
            int h = sampling >> 4, v = sampling & 0x0F;
            if (h is < 1 or > 4 || v is < 1 or > 4)
            {
                throw Damaged($"JPEG-LS component {id} has invalid sampling factors {h}x{v}", at);
            }

            if (Array.FindIndex(components, 0, i, c => c.Id == id) >= 0)
            {
                throw Damaged($"JPEG-LS frame header repeats component {id}", at);
            }

            components[i] = new JpegLsComponentSpec(id, h, v);
        }

        var rows = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
        var columns = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
        _header = new JpegLsFrameHeader(precision, rows != 0 ? rows : _pendingRows, columns != 0 ? columns : _pendingColumns, components);
        if (_header.Columns == 0 || _header.Rows == 0)
        {
            // Dimensions of 0 are legal here only if an oversize-dimension LSE follows.
            _pendingRows = _header.Rows;
            _pendingColumns = _header.Columns;
        }
    }

    private void ReadPresetParameters(ReadOnlySpan<byte> segment, int at)
    {
        var type = segment.Length > 0 ? segment[0] : 0;
        switch (type)
        {
            case 1 when segment.Length >= 11:
                _preset = new JpegLsCodingParameters(
                    BinaryPrimitives.ReadUInt16BigEndian(segment[1..]),
                    BinaryPrimitives.ReadUInt16BigEndian(segment[3..]),
                    BinaryPrimitives.ReadUInt16BigEndian(segment[5..]),
                    BinaryPrimitives.ReadUInt16BigEndian(segment[7..]),
                    BinaryPrimitives.ReadUInt16BigEndian(segment[9..]));
                _presetOffset = at;
                break;
            case 2 or 3:
                // Mapping tables matter only if a scan selects one; DecodeScan rejects that.
                break;
            case 4 when segment.Length >= 2 && segment[1] is >= 2 and <= 4 && segment.Length >= 2 + (2 * segment[1]):
                var size = segment[1];
                var rows = ReadUnsigned(segment.Slice(2, size));
                var columns = ReadUnsigned(segment.Slice(2 + size, size));
                if (rows > int.MaxValue || columns > int.MaxValue)
                {
                    throw Damaged("JPEG-LS oversize image dimensions are too large", at);
                }

                _pendingRows = (int)rows;
                _pendingColumns = (int)columns;
                if (_header is not null)
                {
                    _header.Rows = _header.Rows == 0 ? _pendingRows : _header.Rows;
                    _header.Columns = _header.Columns == 0 ? _pendingColumns : _header.Columns;
                }

                break;
            case >= 5 and <= 13:
                throw Damaged($"JPEG-LS extended preset parameters (LSE type {type}, ISO 14495-2) are not supported", at);
            default:
                throw Damaged($"JPEG-LS LSE segment of type {type} is malformed or unknown", at);
        }
    }

    private void ReadApplication8(ReadOnlySpan<byte> segment, int at)
    {
        if (segment.Length != 5 || !segment[..4].SequenceEqual("mrfx"u8))
        {
            return;
        }

        _transform = segment[4] switch
        {
            <= 3 => (JpegLsColorTransform)segment[4],
            4 or 5 => throw Damaged($"JPEG-LS colour transform {segment[4]} (lossy or matrix) is not supported", at),
            _ => throw Damaged($"JPEG-LS colour transform {segment[4]} is unknown", at),
        };
    }
}
