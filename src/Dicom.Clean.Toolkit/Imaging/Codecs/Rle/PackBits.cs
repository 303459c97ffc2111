namespace Dicom.Clean.Toolkit.Imaging.Codecs.Rle;

/// <summary>The PackBits byte-run scheme of PS3.5 G.3.1, decoding into every <c>stride</c>-th byte.</summary>
internal static class PackBits
{
    /// <summary>
    /// Decodes <paramref name="source"/> into <paramref name="destination"/> at <paramref name="start"/>,
    /// <paramref name="start"/> + stride, ... until <paramref name="count"/> bytes are written or the
    /// source ends. Output beyond <paramref name="count"/> (encoder padding) is ignored.
    /// </summary>
    /// <returns>The number of bytes written; fewer than <paramref name="count"/> means the segment is short.</returns>
    public static int Decode(ReadOnlySpan<byte> source, Span<byte> destination, int start, int stride, int count)
    {
        var produced = 0;
        var i = 0;
        while (i < source.Length && produced < count)
        {
            int header = (sbyte)source[i++];
            if (header >= 0)
            {
                // Literal run: the next header + 1 bytes.
                var length = Math.Min(Math.Min(header + 1, source.Length - i), count - produced);
                var literal = source.Slice(i, length);
                if (stride == 1)
                {
                    literal.CopyTo(destination.Slice(start + produced, length));
                }
                else
                {
                    var o = start + (produced * stride);
                    for (var k = 0; k < length; k++, o += stride)
                    {
                        destination[o] = literal[k];
                    }
                }

                produced += length;
                i += header + 1;
            }
            else if (header != -128)
            {
                // Replicate run: the next byte, 1 - header times.
                if (i >= source.Length)
                {
                    break;
                }

                var value = source[i++];
                var length = Math.Min(1 - header, count - produced);
                if (stride == 1)
                {
                    destination.Slice(start + produced, length).Fill(value);
                }
                else
                {
                    var o = start + (produced * stride);
                    for (var k = 0; k < length; k++, o += stride)
                    {
                        destination[o] = value;
                    }
                }

                produced += length;
            }
        }

        return produced;
    }
}
