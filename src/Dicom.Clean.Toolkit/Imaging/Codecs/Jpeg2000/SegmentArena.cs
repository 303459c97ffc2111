namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Gathers the codeword segments of every code-block of a tile into one buffer, each segment
/// followed by two 0xFF bytes so the MQ and raw decoders stop at its end without bounds checks.
/// Segments that the data no longer covers (a truncated tile) are dropped with their passes.
/// </summary>
internal static class SegmentArena
{
    /// <summary>Builds the arena for <paramref name="blocks"/>, whose chunks point into <paramref name="data"/>.</summary>
    public static byte[] Build(ReadOnlySpan<byte> data, List<CodeBlock> blocks)
    {
        var size = 2L;
        foreach (var block in blocks)
        {
            var available = 0L;
            foreach (var (_, length) in block.Chunks)
            {
                available += length;
            }

            var segments = block.Segments;
            var used = 0L;
            for (var s = 0; s < segments.Count; s++)
            {
                var seg = segments[s];
                var length = (int)Math.Min(seg.Length, available - used);
                if (length == 0 && seg.Length > 0)
                {
                    segments.RemoveRange(s, segments.Count - s);
                    break;
                }

                seg.Length = length;
                segments[s] = seg;
                used += length;
            }

            block.ArenaStart = (int)size;
            size += used + (2L * segments.Count);
        }

        if (size > Array.MaxLength)
        {
            throw new DicomException("JPEG 2000 tile holds more code-block data than can be buffered");
        }

        var arena = new byte[size];
        foreach (var block in blocks)
        {
            var at = block.ArenaStart;
            var chunk = 0;
            var inChunk = 0;
            foreach (var seg in block.Segments)
            {
                var remaining = seg.Length;
                while (remaining > 0)
                {
                    var (start, length) = block.Chunks[chunk];
                    var take = Math.Min(remaining, length - inChunk);
                    data.Slice(start + inChunk, take).CopyTo(arena.AsSpan(at));
                    at += take;
                    remaining -= take;
                    inChunk += take;
                    if (inChunk == length)
                    {
                        chunk++;
                        inChunk = 0;
                    }
                }

                arena[at++] = 0xFF;
                arena[at++] = 0xFF;
            }

            block.Chunks.Clear();
        }

        return arena;
    }
}
