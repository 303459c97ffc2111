using System.Buffers.Binary;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// The COD marker segment (T.800 A.6.1): tile-wide progression, layers, multiple component
/// transform and packet markers, plus the default component coding style.
/// </summary>
internal sealed class CodingStyle
{
    private CodingStyle(bool startOfPacketMarkers, bool endOfPacketHeaderMarkers, ProgressionOrder progression,
        int layers, int multipleComponentTransform, ComponentCodingStyle component)
    {
        StartOfPacketMarkers = startOfPacketMarkers;
        EndOfPacketHeaderMarkers = endOfPacketHeaderMarkers;
        Progression = progression;
        Layers = layers;
        MultipleComponentTransform = multipleComponentTransform;
        Component = component;
    }

    /// <summary>SOP marker segments may precede packets.</summary>
    public bool StartOfPacketMarkers { get; }

    /// <summary>EPH markers follow packet headers.</summary>
    public bool EndOfPacketHeaderMarkers { get; }

    /// <summary>Progression order.</summary>
    public ProgressionOrder Progression { get; }

    /// <summary>Number of quality layers (1 to 65535).</summary>
    public int Layers { get; }

    /// <summary>0 none, 1 RCT/ICT on the first three components.</summary>
    public int MultipleComponentTransform { get; }

    /// <summary>Default component coding style.</summary>
    public ComponentCodingStyle Component { get; }

    /// <summary>Parses the COD segment body (after the length field).</summary>
    public static CodingStyle Parse(ReadOnlySpan<byte> body, long offset)
    {
        if (body.Length < 5)
        {
            throw new DicomException("JPEG 2000 COD segment is too short", offset);
        }

        var scod = body[0];
        int order = body[1];
        int layers = BinaryPrimitives.ReadUInt16BigEndian(body[2..]);
        int mct = body[4];
        if (order > 4)
        {
            throw new DicomException($"JPEG 2000 COD declares unknown progression order {order}", offset);
        }

        if (layers == 0)
        {
            throw new DicomException("JPEG 2000 COD declares zero quality layers", offset);
        }

        var component = ComponentCodingStyle.Parse(body[5..], (scod & 1) != 0, offset, out _);
        return new CodingStyle((scod & 2) != 0, (scod & 4) != 0, (ProgressionOrder)order, layers, mct, component);
    }
}
