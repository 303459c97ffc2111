namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Tier-2 decoding (T.800 B.9, B.10): walks a tile's packets in progression order, reads each
/// packet header (inclusion and zero bit-plane tag trees, pass counts, Lblock, segment lengths)
/// and attaches the packet body's bytes to its code-blocks. A packet is applied only once its
/// header and body are known complete, so a truncated tile keeps every packet read before the cut.
/// </summary>
internal sealed class PacketDecoder
{
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

    private bool ReadSegmentLengths(ref PacketHeaderReader reader, CodeBlock block, int passes, int lengthBits, CodeBlockStyle style)
    {
        var pass = block.Passes;
        var lastFirst = block.Segments.Count > 0 ? block.Segments[^1].FirstPass : -1;
        var lastPasses = block.Segments.Count > 0 ? block.Segments[^1].Passes : 0;
        while (passes > 0)
        {
            bool continues;
            int room;
            if (lastFirst >= 0 && lastPasses < SegmentCapacity(style, lastFirst))
            {
                continues = true;
                room = SegmentCapacity(style, lastFirst) - lastPasses;
            }
            else
            {
                continues = false;
                lastFirst = pass;
                lastPasses = 0;
                room = SegmentCapacity(style, pass);
            }

            var take = Math.Min(passes, room);
            var bits = lengthBits + FloorLog2(take);
            if (bits > 31)
            {
                return false;
            }

            _segments.Add(new PendingSegment(continues, lastFirst, take, reader.ReadBits(bits)));
            lastPasses += take;
            pass += take;
            passes -= take;
        }

        return true;
    }

    /// <summary>
    /// Segment lengths of an HT code-block (T.814 B.4): until the first non-empty cleanup pass the
    /// contribution may open with placeholder passes, and the cleanup segment then holds every pass
    /// up to the cleanup pass, sized as a Part 1 segment would be; after it, cleanup passes stand
    /// alone and SigProp with MagRef share a refinement segment. In a mixed codestream a length
    /// that cannot be an HT cleanup marks the block as a Part 1 block.
    /// </summary>
    private bool ReadHtSegmentLengths(ref PacketHeaderReader reader, CodeBlock block, int passes, int lengthBits, CodeBlockStyle style,
        ref bool cleanupFound, ref bool part1)
    {
        if (cleanupFound)
        {
            return ReadSegmentLengths(ref reader, block, passes, lengthBits, style);
        }

        var mixed = (style & CodeBlockStyle.Mixed) != 0;
        var refinementPasses = (block.Passes + passes - 1) % 3;
        var cleanupPasses = passes - refinementPasses;
        if (cleanupPasses < 1)
        {
            // Only placeholder passes, whose length must be zero (else a Part 1 block).
            return ReadWholeContribution(ref reader, block, passes, lengthBits, 0, 0, mixed, ref part1);
        }

        var bits = lengthBits + FloorLog2(cleanupPasses);
        if (bits > 31)
        {
            return false;
        }

        var length = reader.ReadBits(bits);
        if (length == 0)
        {
            // Placeholders again: the length field spans the whole contribution.
            return ReadWholeContribution(ref reader, block, passes, lengthBits, bits, 0, mixed, ref part1);
        }

        if (mixed && !(lengthBits > 3 && length > 1 && (length >> (bits - 1)) == 0))
        {
            return ReadWholeContribution(ref reader, block, passes, lengthBits, bits, length, mixed, ref part1);
        }

        if (length < 2)
        {
            return false;
        }

        cleanupFound = true;
        var cleanupPass = block.Passes + cleanupPasses - 1;
        _segments.Add(new PendingSegment(false, cleanupPass, 1, length));
        if (refinementPasses > 0)
        {
            bits = lengthBits + FloorLog2(refinementPasses);
            if (bits > 31)
            {
                return false;
            }

            _segments.Add(new PendingSegment(false, cleanupPass + 1, refinementPasses, reader.ReadBits(bits)));
        }

        return true;
    }

    // Finishes a length field sized for all the contribution's passes, of which bitsRead bits
    // (value soFar) were read. Non-zero means a Part 1 block of a mixed codestream.
    private bool ReadWholeContribution(ref PacketHeaderReader reader, CodeBlock block, int passes, int lengthBits, int bitsRead, int soFar,
        bool mixed, ref bool part1)
    {
        var bits = lengthBits + FloorLog2(passes);
        if (bits > 31)
        {
            return false;
        }

        var length = soFar;
        for (var i = bitsRead; i < bits; i++)
        {
            length = (length << 1) | reader.ReadBit();
        }

        if (length == 0)
        {
            return true;
        }

        if (!mixed)
        {
            return false;
        }

        part1 = true;
        _segments.Add(new PendingSegment(false, block.Passes, passes, length));
        return true;
    }

    /// <summary>
    /// How many coding passes the codeword segment starting at pass <paramref name="firstPass"/>
    /// can hold (T.800 D.4.1, Table D.8): one per pass when terminating all, the raw/MQ split of
    /// the bypass mode, or the whole block.
    /// </summary>
    public static int SegmentCapacity(CodeBlockStyle style, int firstPass)
    {
        if ((style & CodeBlockStyle.HighThroughput) != 0)
        {
            // After the first HT cleanup: cleanup passes alone, SigProp and MagRef together.
            return firstPass % 3 == 1 ? 2 : 1;
        }

        if ((style & CodeBlockStyle.TerminateAll) != 0)
        {
            return 1;
        }

        if ((style & CodeBlockStyle.Bypass) != 0)
        {
            return firstPass < 10 ? 10 - firstPass : ((firstPass - 10) % 3 == 0 ? 2 : 1);
        }

        return 164;
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

    private static int FloorLog2(int value) => 31 - int.LeadingZeroCount(value);

    private readonly record struct Pending(
        CodeBlock Block, bool FirstInclusion, int ZeroBitPlanes, int LengthBits, int Passes, int FirstSegment, int SegmentCount,
        bool CleanupFound, bool Part1);

    private readonly record struct PendingSegment(bool Continues, int FirstPass, int Passes, int Length);
}
