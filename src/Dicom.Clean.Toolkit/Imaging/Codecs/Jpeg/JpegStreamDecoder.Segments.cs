using System.Buffers;
using System.Buffers.Binary;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>Reading the marker segments: tables, frame header, scan header, number of lines.</summary>
internal sealed partial class JpegStreamDecoder
{
    private ReadOnlySpan<byte> ReadSegment(ReadOnlySpan<byte> data, ref int position, int markerOffset)
    {
        if (position + 2 > data.Length)
        {
            throw Fail("marker segment truncated", markerOffset);
        }

        int length = BinaryPrimitives.ReadUInt16BigEndian(data[position..]);
        if (length < 2 || position + length > data.Length)
        {
            throw Fail($"marker segment length {length} runs past the end of the data", markerOffset);
        }

        var segment = data.Slice(position + 2, length - 2);
        position += length;
        return segment;
    }

    private void ReadQuantizationTables(ReadOnlySpan<byte> segment, int offset)
    {
        var p = 0;
        while (p < segment.Length)
        {
            var precision = segment[p] >> 4;
            var id = segment[p] & 15;
            var size = precision == 0 ? 64 : 128;
            if (precision > 1 || id > 3 || p + 1 + size > segment.Length)
            {
                throw Fail($"invalid DQT table (precision {precision}, id {id})", offset + p);
            }

            CountTableDefinition(offset + p);
            var table = new int[64];
            var natural = JpegIdct.NaturalOrder;
            for (var i = 0; i < 64; i++)
            {
                table[natural[i]] = precision == 0
                    ? segment[p + 1 + i]
                    : BinaryPrimitives.ReadUInt16BigEndian(segment[(p + 1 + (2 * i))..]);
            }

            _quantTables[id] = table;
            p += 1 + size;
        }
    }

    private void ReadHuffmanTables(ReadOnlySpan<byte> segment, int offset)
    {
        var p = 0;
        while (p < segment.Length)
        {
            var tableClass = segment[p] >> 4;
            var id = segment[p] & 15;
            if (tableClass > 1 || id > 3 || p + 17 > segment.Length)
            {
                throw Fail($"invalid DHT table (class {tableClass}, id {id})", offset + p);
            }

            var counts = segment.Slice(p + 1, 16);
            var total = 0;
            foreach (var n in counts)
            {
                total += n;
            }

            if (total > 256 || p + 17 + total > segment.Length)
            {
                throw Fail($"DHT table declares {total} codes, more than the segment holds", offset + p);
            }

            CountTableDefinition(offset + p);
            var table = JpegHuffmanTable.Create(counts, segment.Slice(p + 17, total))
                ?? throw Fail("DHT code lengths do not form a valid Huffman code", offset + p);
            (tableClass == 0 ? _dcTables : _acTables)[id] = table;
            p += 17 + total;
        }
    }

    private void ReadNumberOfLines(ReadOnlySpan<byte> segment, int offset)
    {
        if (segment.Length < 2)
        {
            throw Fail("DNL segment too short", offset);
        }

        var lines = BinaryPrimitives.ReadUInt16BigEndian(segment);
        if (_heightFromDnl && lines != _descriptor.Rows)
        {
            throw Fail($"DNL gives {lines} lines, the data set {_descriptor.Rows} rows", offset);
        }
    }

    private void ReadFrameHeader(int marker, ReadOnlySpan<byte> segment, int offset)
    {
        if (Frame is not null)
        {
            throw Fail("a second frame header (SOF) in one stream", offset);
        }

        if (segment.Length < 6)
        {
            throw Fail("SOF segment too short", offset);
        }

        var process = (JpegProcess)(marker - JpegMarker.Sof0);
        int precision = segment[0];
        int height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
        int width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
        int count = segment[5];
        var validPrecision = process == JpegProcess.Lossless ? precision is >= 2 and <= 16 : precision is 8 or 12;
        if (!validPrecision)
        {
            throw Fail($"sample precision {precision} is not valid for {process} JPEG", offset);
        }

        if (count != _descriptor.SamplesPerPixel || count is < 1 or > 4 || segment.Length < 6 + (3 * count))
        {
            throw Fail($"the frame has {count} components, the data set {_descriptor.SamplesPerPixel} samples per pixel", offset);
        }

        if (width != _descriptor.Columns || (height != _descriptor.Rows && height != 0))
        {
            throw Fail($"the frame is {width}x{height}, the data set {_descriptor.Columns}x{_descriptor.Rows}", offset);
        }

        if (precision > 8 * _descriptor.BytesPerSample || _descriptor.BitsAllocated > 16)
        {
            throw Fail($"{precision}-bit samples do not fit Bits Allocated {_descriptor.BitsAllocated}", offset);
        }

        _heightFromDnl = height == 0;
        var components = new JpegComponent[count];
        for (var i = 0; i < count; i++)
        {
            var s = segment.Slice(6 + (3 * i), 3);
            int h = s[1] >> 4, v = s[1] & 15;
            if (h is < 1 or > 4 || v is < 1 or > 4 || s[2] > 3)
            {
                throw Fail($"invalid sampling factors {h}x{v} or table {s[2]} for component {s[0]}", offset);
            }

            components[i] = new JpegComponent(i, s[0], h, v, s[2]);
        }

        var frame = new JpegFrame(process, precision, width, _descriptor.Rows, components);
        foreach (var c in components)
        {
            // libjpeg upsamples only by integral factors (JERR_FRACT_SAMPLE_NOTIMPL).
            if (frame.MaxH % c.H != 0 || frame.MaxV % c.V != 0)
            {
                throw Fail($"sampling factors {c.H}x{c.V} of component {c.Id} are not an integral fraction of {frame.MaxH}x{frame.MaxV}", offset);
            }

            var size = (long)c.PlaneWidth * c.PlaneHeight;
            if (size > Array.MaxLength)
            {
                throw Fail("the frame is too large to decode", offset);
            }
        }

        Frame = frame;
        foreach (var c in components)
        {
            var size = c.PlaneWidth * c.PlaneHeight;
            c.Plane = ArrayPool<ushort>.Shared.Rent(size);
            Array.Clear(c.Plane, 0, size);
            if (process == JpegProcess.Progressive)
            {
                c.Coefficients = ArrayPool<short>.Shared.Rent(size);
                Array.Clear(c.Coefficients, 0, size);
                c.CoefficientBits = new int[64];
                Array.Fill(c.CoefficientBits, -1);
            }
        }
    }

    private JpegScan ReadScanHeader(ReadOnlySpan<byte> segment, int offset)
    {
        var frame = Frame ?? throw Fail("scan (SOS) before the frame header (SOF)", offset);
        int count = segment.Length > 0 ? segment[0] : 0;
        if (count is < 1 or > 4 || segment.Length < 4 + (2 * count))
        {
            throw Fail($"invalid scan header with {count} components", offset);
        }

        var components = new JpegComponent[count];
        var unitsInMcu = 0;
        for (var i = 0; i < count; i++)
        {
            int id = segment[1 + (2 * i)], tables = segment[2 + (2 * i)];
            var component = Array.Find(frame.Components, c => c.Id == id)
                ?? throw Fail($"scan refers to component {id}, which the frame does not declare", offset);
            if (tables >> 4 > 3 || (tables & 15) > 3)
            {
                throw Fail($"invalid Huffman table selectors 0x{tables:X2}", offset);
            }

            component.DcTable = _dcTables[tables >> 4];
            component.AcTable = _acTables[tables & 15];
            components[i] = component;
            unitsInMcu += component.H * component.V;
        }

        // libjpeg's limit on data units per MCU (D_MAX_BLOCKS_IN_MCU).
        if (count > 1 && unitsInMcu > 10)
        {
            throw Fail($"an MCU of {unitsInMcu} data units exceeds the limit of 10", offset);
        }

        var p = 1 + (2 * count);
        return new JpegScan(components, segment[p], segment[p + 1], segment[p + 2] >> 4, segment[p + 2] & 15, offset);
    }

    private void CountTableDefinition(int offset)
    {
        if (++_tableCount > MaxTableDefinitions)
        {
            throw Fail($"more than {MaxTableDefinitions} table definitions", offset);
        }
    }
}
