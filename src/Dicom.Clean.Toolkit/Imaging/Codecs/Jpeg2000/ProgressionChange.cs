using System.Buffers.Binary;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// One progression of a POC marker segment (T.800 A.6.6): packets of resolutions
/// [ResolutionStart, ResolutionEnd), components [ComponentStart, ComponentEnd) and layers
/// [0, LayerEnd) in <see cref="Order"/>.
/// </summary>
internal readonly record struct ProgressionChange(
    int ResolutionStart, int ComponentStart, int LayerEnd, int ResolutionEnd, int ComponentEnd, ProgressionOrder Order)
{
    /// <summary>Parses every progression of a POC segment body.</summary>
    public static void Parse(ReadOnlySpan<byte> body, int componentCount, long offset, List<ProgressionChange> into)
    {
        var wide = componentCount > 256;
        var entry = wide ? 9 : 7;
        if (body.Length < entry)
        {
            throw new DicomException("JPEG 2000 POC segment is too short", offset);
        }

        for (var p = 0; p + entry <= body.Length; p += entry)
        {
            var e = body[p..];
            int rs = e[0];
            int cs = wide ? BinaryPrimitives.ReadUInt16BigEndian(e[1..]) : e[1];
            var k = wide ? 3 : 2;
            int lye = BinaryPrimitives.ReadUInt16BigEndian(e[k..]);
            int re = e[k + 2];
            int ce = wide ? BinaryPrimitives.ReadUInt16BigEndian(e[(k + 3)..]) : e[k + 3];
            int order = e[wide ? k + 5 : k + 4];
            if (ce == 0)
            {
                // CEpoc = 0 stands for 256 (8-bit) or 16384 (16-bit) components.
                ce = wide ? 16384 : 256;
            }

            if (order > 4)
            {
                throw new DicomException($"JPEG 2000 POC declares unknown progression order {order}", offset);
            }

            into.Add(new ProgressionChange(rs, cs, lye, re, Math.Min(ce, componentCount), (ProgressionOrder)order));
        }
    }
}
