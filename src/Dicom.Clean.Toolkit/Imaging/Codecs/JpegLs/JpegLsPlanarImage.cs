using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>
/// A bare JPEG-LS codestream decoded component by component, each at its own (possibly subsampled)
/// size: for conformance streams and tools, outside the DICOM frame contract.
/// </summary>
internal sealed class JpegLsPlanarImage
{
    private JpegLsPlanarImage(JpegLsFrameHeader header, ushort[][] planes, JpegLsColorTransform transform)
    {
        Header = header;
        Planes = planes;
        ColorTransform = transform;
    }

    /// <summary>The frame header.</summary>
    public JpegLsFrameHeader Header { get; }

    /// <summary>One array per component, row after row, ComponentColumns x ComponentRows samples.</summary>
    public IReadOnlyList<ushort[]> Planes { get; }

    /// <summary>The colour transform the stream declared (already undone in <see cref="Planes"/>).</summary>
    public JpegLsColorTransform ColorTransform { get; }

    /// <summary>Decodes a whole codestream; refuses images of more than <paramref name="maxSamples"/> samples.</summary>
    public static JpegLsPlanarImage Decode(ReadOnlySpan<byte> codestream, long maxSamples = 1L << 28)
    {
        var reader = new JpegLsCodestreamReader(codestream, null);
        var header = reader.ReadHeader();
        var layouts = new JpegLsComponentLayout[header.Components.Count];
        long total = 0;
        for (var c = 0; c < layouts.Length; c++)
        {
            var columns = header.ComponentColumns(c);
            layouts[c] = new JpegLsComponentLayout((int)Math.Min(total, int.MaxValue), 1, columns);
            total += (long)columns * header.ComponentRows(c);
        }

        if (total > maxSamples)
        {
            throw new DicomException($"JPEG-LS image of {total} samples exceeds the limit of {maxSamples}", 0);
        }

        var buffer = new ushort[total];
        var writer = new JpegLsSampleWriter(MemoryMarshal.AsBytes(buffer.AsSpan()), layouts, 2, 0);
        reader.DecodeScans(writer);

        var planes = new ushort[layouts.Length][];
        for (var c = 0; c < planes.Length; c++)
        {
            var length = header.ComponentColumns(c) * header.ComponentRows(c);
            planes[c] = buffer.AsSpan(layouts[c].Offset, length).ToArray();
        }

        return new JpegLsPlanarImage(header, planes, reader.ColorTransform);
    }
}
