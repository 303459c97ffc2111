using System.Buffers.Binary;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>
/// Walks the marker segments of a JPEG-LS codestream (T.87 Annex C): SOI, SOF55, LSE (preset
/// parameters, mapping tables, oversize dimensions), DRI, APP8 "mrfx" colour transforms, COM and
/// other APPn, SOS with its scan, EOI. <see cref="ReadHeader"/> stops before the first scan;
/// <see cref="DecodeScans"/> decodes every scan into a <see cref="JpegLsSampleWriter"/>.
/// </summary>
internal ref struct JpegLsCodestreamReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int? _frame;
    private int _position;
    private JpegLsFrameHeader? _header;
    private JpegLsCodingParameters _preset;
    private int _presetOffset;
    private int _restartInterval;
    private JpegLsColorTransform _transform;
    private int _pendingRows;
    private int _pendingColumns;

    /// <summary>Starts reading <paramref name="data"/>, which must begin with SOI.</summary>
    /// <param name="data">The codestream.</param>
    /// <param name="frame">Frame index for errors.</param>
    public JpegLsCodestreamReader(ReadOnlySpan<byte> data, int? frame)
    {
        _data = data;
        _frame = frame;
    }

    /// <summary>The colour transform an APP8 segment declared, as far as the stream has been read.</summary>
    public readonly JpegLsColorTransform ColorTransform => _transform;

    /// <summary>Reads the segments before the first scan and returns the frame header.</summary>
    public JpegLsFrameHeader ReadHeader()
    {
        if (_data.Length < 2 || _data[0] != 0xFF || _data[1] != 0xD8)
        {
            throw Damaged("JPEG-LS stream does not start with an SOI marker", 0);
        }

        _position = 2;
        while (true)
        {
            var (code, at) = NextMarker();
            if (code == 0xDA)
            {
                _position = at;
                var header = _header ?? throw Damaged("JPEG-LS scan (SOS) before the frame header (SOF55)", at);
                if (header.Rows == 0 || header.Columns == 0)
                {
                    throw Damaged("JPEG-LS image without a line count (DNL) or width is not supported", at);
                }

                return header;
            }

            if (code == 0xD9 || code < 0)
            {
                throw Damaged("JPEG-LS stream ends before its first scan", at);
            }

            ReadSegment(code, at);
        }
    }

    /// <summary>
    /// Decodes every scan up to EOI (or the end of the data) into <paramref name="writer"/>, then undoes
    /// a declared colour transform. Call after <see cref="ReadHeader"/>.
    /// </summary>
    public void DecodeScans(in JpegLsSampleWriter writer)
    {
        var header = _header ?? throw new InvalidOperationException("ReadHeader first.");
        var decoded = new bool[header.Components.Count];
        while (true)
        {
            var (code, at) = NextMarker();
            if (code == 0xD9 || code < 0)
            {
                break;
            }

            if (code == 0xDA)
            {
                DecodeScan(header, at, writer, decoded);
            }
            else
            {
                ReadSegment(code, at);
            }
        }

        var missing = Array.IndexOf(decoded, false);
        if (missing >= 0)
        {
            throw Damaged($"JPEG-LS stream ends before component {missing + 1} is decoded", _position);
        }

        if (_transform != JpegLsColorTransform.None)
        {
            if (header.Components.Count != 3 || header.IsSubsampled)
            {
                throw Damaged("JPEG-LS colour transform declared for an image without three equal components", 0);
            }

            JpegLsInverseColorTransform.Apply(_transform, writer, header.Columns, header.Rows, header.Precision);
        }
    }

    private void DecodeScan(JpegLsFrameHeader header, int at, in JpegLsSampleWriter writer, bool[] decoded)
    {
        var segment = Segment(at);
        var count = segment.Length > 0 ? segment[0] : 0;
        if (count is < 1 or > 4 || segment.Length < 4 + (2 * count))
        {
            throw Damaged("JPEG-LS SOS segment is malformed", at);
        }

        var components = new int[count];
        for (var i = 0; i < count; i++)
        {
            var index = header.IndexOf(segment[1 + (2 * i)]);
            if (index < 0 || Array.IndexOf(components, index, 0, i) >= 0)
            {
                throw Damaged($"JPEG-LS scan names unknown or repeated component {segment[1 + (2 * i)]}", at);
            }

            if (segment[2 + (2 * i)] != 0)
            {
                throw Damaged($"JPEG-LS mapping table {segment[2 + (2 * i)]} (palette, LSE 2/3) is not supported", at);
            }

            components[i] = index;
        }

        var near = segment[1 + (2 * count)];
        var interleave = segment[2 + (2 * count)];
        if (interleave > 2)
        {
            throw Damaged($"JPEG-LS interleave mode {interleave} is invalid", at);
        }

        if ((segment[3 + (2 * count)] & 0x0F) != 0)
        {
            throw Damaged("JPEG-LS point transform is not supported", at);
        }

        var parameters = _preset.Resolve(header.Precision, near)
            ?? throw Damaged($"JPEG-LS preset coding parameters are out of range for {header.Precision} bits and NEAR {near}", _presetOffset != 0 ? _presetOffset : at);
        var scan = new JpegLsScanHeader(components, near, (JpegLsInterleaveMode)interleave, at);
        using var decoder = new JpegLsScanDecoder(_data, at + 4 + segment.Length, parameters, near, _frame);
        _position = decoder.Decode(header, scan, _restartInterval, writer);
        foreach (var index in components)
        {
            decoded[index] = true;
        }
    }

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

    /// <summary>Finds the next marker from the current position: its code (-1 at the end of the data) and offset.</summary>
    private (int Code, int At) NextMarker()
    {
        while (true)
        {
            var at = _position;
            if (at >= _data.Length)
            {
                return (-1, _data.Length);
            }

            if (_data[at] != 0xFF)
            {
                throw Damaged("JPEG-LS marker expected", at);
            }

            var code = at + 1;
            while (code < _data.Length && _data[code] == 0xFF)
            {
                code++;
            }

            if (code >= _data.Length)
            {
                return (-1, _data.Length);
            }

            at = code - 1;
            _position = code + 1;
            var marker = _data[code];
            if (marker == 0xD8)
            {
                throw Damaged("JPEG-LS stream has a second SOI marker", at);
            }

            // A stray RSTm or TEM outside a scan has no segment: skip it.
            if (marker is not (>= 0xD0 and <= 0xD7 or 0x01))
            {
                return (marker, at);
            }
        }
    }

    private readonly int SegmentLength(int at)
    {
        if (at + 4 > _data.Length)
        {
            throw Damaged("JPEG-LS marker segment is truncated", at);
        }

        int length = BinaryPrimitives.ReadUInt16BigEndian(_data[(at + 2)..]);
        if (length < 2 || at + 2 + length > _data.Length)
        {
            throw Damaged($"JPEG-LS marker segment length {length} runs past the end of the data", at);
        }

        return length - 2;
    }

    private readonly ReadOnlySpan<byte> Segment(int at) => _data.Slice(at + 4, SegmentLength(at));

    private static long ReadUnsigned(ReadOnlySpan<byte> bytes)
    {
        long value = 0;
        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    private readonly DicomException Damaged(string reason, int offset) => new(reason, offset, frame: _frame);
}
