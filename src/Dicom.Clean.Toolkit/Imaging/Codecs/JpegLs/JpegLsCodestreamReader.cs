using System.Buffers.Binary;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>
/// Walks the marker segments of a JPEG-LS codestream (T.87 Annex C): SOI, SOF55, LSE (preset
/// parameters, mapping tables, oversize dimensions), DRI, APP8 "mrfx" colour transforms, COM and
/// other APPn, SOS with its scan, EOI. <see cref="ReadHeader"/> stops before the first scan;
/// <see cref="DecodeScans"/> decodes every scan into a <see cref="JpegLsSampleWriter"/>. The
/// segments other than SOS are parsed in JpegLsCodestreamReader.Segments.cs.
/// </summary>
internal ref partial struct JpegLsCodestreamReader
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
        if (interleave > 2 || (interleave == 0 && count > 1))
        {
            throw Damaged($"JPEG-LS interleave mode {interleave} is invalid for a scan of {count} components", at);
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
