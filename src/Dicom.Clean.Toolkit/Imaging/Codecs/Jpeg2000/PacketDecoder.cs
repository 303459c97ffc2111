namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Tier-2 decoding (T.800 B.9, B.10): walks a tile's packets in progression order, reads each
/// packet header (inclusion and zero bit-plane tag trees, pass counts, Lblock, segment lengths)
/// and attaches the packet body's bytes to its code-blocks. A packet is applied only once its
/// header and body are known complete, so a truncated tile keeps every packet read before the cut.
/// </summary>
internal sealed partial class PacketDecoder
{
    private const int MaxPasses = 164;

    private readonly List<Pending> _pending = [];
    private readonly List<PendingSegment> _segments = [];

    /// <summary>
    /// Decodes the packets of <paramref name="tile"/> from <paramref name="data"/> (its tile-part
    /// bodies joined); <paramref name="packedHeaders"/> holds the headers instead when the
    /// codestream uses PPM or PPT (<paramref name="usePackedHeaders"/>).
    /// </summary>
    public void Decode(TileLayout tile, ImageSize size, ReadOnlySpan<byte> data, ReadOnlySpan<byte> packedHeaders,
        bool usePackedHeaders, DecodeWarnings warnings)
    {
        var body = 0L;
        var headerAt = 0;
        var decoded = 0;
        foreach (var packet in PacketSequence.Enumerate(tile, size))
        {
            var precinct = tile.Components[packet.Component].Resolutions[packet.Resolution].Precincts[packet.Precinct];
            var style = tile.Components[packet.Component].Style.BlockStyle;
            if (tile.Style.StartOfPacketMarkers && body + 6 <= data.Length && data[(int)body] == 0xFF && data[(int)body + 1] == 0x91)
            {
                body += 6;
            }

            var source = usePackedHeaders ? packedHeaders : data;
            var start = usePackedHeaders ? headerAt : (int)Math.Min(body, data.Length);
            if (start >= source.Length)
            {
                warnings.Add($"JPEG 2000 tile {tile.Index} ends after {decoded} packets; the rest of the tile is missing");
                return;
            }

            var reader = new PacketHeaderReader(source, start);
            if (!ReadHeader(ref reader, precinct, packet.Layer, style))
            {
                warnings.Add($"JPEG 2000 tile {tile.Index}: packet header {decoded} is damaged or truncated; decoding stops there");
                return;
            }

            reader.AlignToByte();
            if (tile.Style.EndOfPacketHeaderMarkers)
            {
                reader.SkipMarker(CodestreamMarker.Eph, 2);
            }

            if (usePackedHeaders)
            {
                headerAt = reader.Position;
            }
            else
            {
                body = reader.Position;
            }

            if (!Commit(data, ref body))
            {
                warnings.Add($"JPEG 2000 tile {tile.Index}: packet {decoded} runs past the end of the data; decoding stops there");
                return;
            }

            decoded++;
        }
    }

    private bool ReadHeader(ref PacketHeaderReader reader, Precinct precinct, int layer, CodeBlockStyle style)
    {
        _pending.Clear();
        _segments.Clear();
        if (reader.ReadBit() == 0)
        {
            return !reader.Overrun;
        }

        foreach (var part in precinct.Bands)
        {
            for (var i = 0; i < part.Blocks.Length; i++)
            {
                var block = part.Blocks[i];
                var x = i % part.BlocksWide;
                var y = i / part.BlocksWide;
                var firstInclusion = !block.Included;
                var included = firstInclusion ? part.Inclusion!.Decode(ref reader, x, y, layer + 1) : reader.ReadBit() != 0;
                if (!included)
                {
                    continue;
                }

                var zeroBitPlanes = block.ZeroBitPlanes;
                if (firstInclusion)
                {
                    var threshold = 1;
                    while (!part.ZeroBitPlanes!.Decode(ref reader, x, y, threshold))
                    {
                        if (++threshold > 64 || reader.Overrun)
                        {
                            return false;
                        }
                    }

                    zeroBitPlanes = part.ZeroBitPlanes.Value(x, y);
                }

                var passes = ReadPassCount(ref reader);
                if (block.Passes + passes > MaxPasses)
                {
                    // More passes than any code-block can have (T.800 B.10.6): damage, and the
                    // segment lists must not grow with it.
                    return false;
                }

                var lengthBits = block.LengthBits;
                while (reader.ReadBit() != 0)
                {
                    if (++lengthBits > 32 || reader.Overrun)
                    {
                        return false;
                    }
                }

                var firstSegment = _segments.Count;
                var cleanupFound = block.HtCleanupFound;
                var part1 = block.Part1InMixed;
                var ok = (style & CodeBlockStyle.HighThroughput) != 0 && !part1
                    ? ReadHtSegmentLengths(ref reader, block, passes, lengthBits, style, ref cleanupFound, ref part1)
                    : ReadSegmentLengths(ref reader, block, passes, lengthBits, style & ~(CodeBlockStyle.HighThroughput | CodeBlockStyle.Mixed));
                if (!ok)
                {
                    return false;
                }

                _pending.Add(new Pending(block, firstInclusion, zeroBitPlanes, lengthBits, passes, firstSegment, _segments.Count - firstSegment,
                    cleanupFound, part1));
            }
        }

        return !reader.Overrun;
    }

    private static int ReadPassCount(ref PacketHeaderReader reader)
    {
        if (reader.ReadBit() == 0)
        {
            return 1;
        }

        if (reader.ReadBit() == 0)
        {
            return 2;
        }

        var v = reader.ReadBits(2);
        if (v != 3)
        {
            return 3 + v;
        }

        v = reader.ReadBits(5);
        return v != 31 ? 6 + v : 37 + reader.ReadBits(7);
    }

    private bool Commit(ReadOnlySpan<byte> data, ref long body)
    {
        var complete = true;
        foreach (var p in _pending)
        {
            var block = p.Block;
            if (p.FirstInclusion)
            {
                block.Included = true;
                block.ZeroBitPlanes = p.ZeroBitPlanes;
            }

            block.HtCleanupFound = p.CleanupFound;
            block.Part1InMixed = p.Part1;

            block.LengthBits = p.LengthBits;
            var length = 0L;
            for (var s = p.FirstSegment; s < p.FirstSegment + p.SegmentCount; s++)
            {
                var seg = _segments[s];
                length += seg.Length;
                if (seg.Continues)
                {
                    var last = block.Segments[^1];
                    last.Passes += seg.Passes;
                    last.Length += seg.Length;
                    block.Segments[^1] = last;
                }
                else
                {
                    block.Segments.Add(new CodewordSegment(seg.FirstPass, seg.Passes, seg.Length));
                }
            }

            block.Passes += p.Passes;
            var available = Math.Max(0, Math.Min(length, data.Length - body));
            if (available > 0)
            {
                block.Chunks.Add(((int)body, (int)available));
            }

            complete &= available == length;
            body += length;
        }

        return complete;
    }

    private readonly record struct Pending(
        CodeBlock Block, bool FirstInclusion, int ZeroBitPlanes, int LengthBits, int Passes, int FirstSegment, int SegmentCount,
        bool CleanupFound, bool Part1);

    private readonly record struct PendingSegment(bool Continues, int FirstPass, int Passes, int Length);
}
