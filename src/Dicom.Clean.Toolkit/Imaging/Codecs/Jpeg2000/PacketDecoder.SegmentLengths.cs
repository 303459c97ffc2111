namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Segment lengths of a code-block's contribution to a packet (T.800 B.10.7, T.814 B.4): how the
/// new coding passes split into codeword segments, each length field sized Lblock + log2(passes).
/// </summary>
internal sealed partial class PacketDecoder
{
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

    private static int FloorLog2(int value) => 31 - int.LeadingZeroCount(value);
}
