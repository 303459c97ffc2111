using System.Collections.Frozen;

namespace Dicom.Clean.Toolkit.Uids;

/// <summary>
/// A transfer syntax: how a data set is encoded (VR explicit or implicit, byte order, deflate) and
/// how its pixel data is stored (native or encapsulated, lossless or lossy). Immutable; the known
/// ones are static instances, compared by reference or by <see cref="Uid"/>.
/// </summary>
public sealed class DicomTransferSyntax
{
    private static readonly FrozenDictionary<string, DicomTransferSyntax> Known =
        DicomTransferSyntaxTable.All.ToFrozenDictionary(ts => ts.Uid, StringComparer.Ordinal);

    internal DicomTransferSyntax(string uid, string name, string keyword, TransferSyntaxTraits traits, bool isKnown = true)
    {
        Uid = uid;
        Name = name;
        Keyword = keyword;
        IsExplicitVR = (traits & TransferSyntaxTraits.ImplicitVR) == 0;
        IsBigEndian = (traits & TransferSyntaxTraits.BigEndian) != 0;
        IsEncapsulated = (traits & TransferSyntaxTraits.Encapsulated) != 0;
        IsLossy = (traits & TransferSyntaxTraits.Lossy) != 0;
        IsDeflated = (traits & TransferSyntaxTraits.Deflated) != 0;
        IsRetired = (traits & TransferSyntaxTraits.Retired) != 0;
        IsKnown = isKnown;
    }

    /// <summary>Implicit VR Little Endian (1.2.840.10008.1.2), the default.</summary>
    public static DicomTransferSyntax ImplicitVRLittleEndian => DicomTransferSyntaxTable.ImplicitVRLittleEndian;

    /// <summary>Explicit VR Little Endian (1.2.840.10008.1.2.1).</summary>
    public static DicomTransferSyntax ExplicitVRLittleEndian => DicomTransferSyntaxTable.ExplicitVRLittleEndian;

    /// <summary>Explicit VR Big Endian (1.2.840.10008.1.2.2, retired).</summary>
    public static DicomTransferSyntax ExplicitVRBigEndian => DicomTransferSyntaxTable.ExplicitVRBigEndian;

    /// <summary>Deflated Explicit VR Little Endian (1.2.840.10008.1.2.1.99).</summary>
    public static DicomTransferSyntax DeflatedExplicitVRLittleEndian => DicomTransferSyntaxTable.DeflatedExplicitVRLittleEndian;

    /// <summary>JPEG Baseline (Process 1) (1.2.840.10008.1.2.4.50).</summary>
    public static DicomTransferSyntax JpegBaseline8Bit => Lookup("1.2.840.10008.1.2.4.50");

    /// <summary>JPEG Extended (Process 2 and 4) (1.2.840.10008.1.2.4.51).</summary>
    public static DicomTransferSyntax JpegExtended12Bit => Lookup("1.2.840.10008.1.2.4.51");

    /// <summary>JPEG Lossless, Non-Hierarchical (Process 14) (1.2.840.10008.1.2.4.57).</summary>
    public static DicomTransferSyntax JpegLossless => Lookup("1.2.840.10008.1.2.4.57");

    /// <summary>JPEG Lossless, Non-Hierarchical, First-Order Prediction (1.2.840.10008.1.2.4.70).</summary>
    public static DicomTransferSyntax JpegLosslessSV1 => Lookup("1.2.840.10008.1.2.4.70");

    /// <summary>JPEG-LS Lossless (1.2.840.10008.1.2.4.80).</summary>
    public static DicomTransferSyntax JpegLSLossless => Lookup("1.2.840.10008.1.2.4.80");

    /// <summary>JPEG-LS Lossy (Near-Lossless) (1.2.840.10008.1.2.4.81).</summary>
    public static DicomTransferSyntax JpegLSNearLossless => Lookup("1.2.840.10008.1.2.4.81");

    /// <summary>JPEG 2000 Image Compression (Lossless Only) (1.2.840.10008.1.2.4.90).</summary>
    public static DicomTransferSyntax Jpeg2000Lossless => Lookup("1.2.840.10008.1.2.4.90");

    /// <summary>JPEG 2000 Image Compression (1.2.840.10008.1.2.4.91).</summary>
    public static DicomTransferSyntax Jpeg2000 => Lookup("1.2.840.10008.1.2.4.91");

    /// <summary>High-Throughput JPEG 2000 (Lossless Only) (1.2.840.10008.1.2.4.201).</summary>
    public static DicomTransferSyntax HTJ2KLossless => Lookup("1.2.840.10008.1.2.4.201");

    /// <summary>High-Throughput JPEG 2000 with RPCL Options (Lossless Only) (1.2.840.10008.1.2.4.202).</summary>
    public static DicomTransferSyntax HTJ2KLosslessRpcl => Lookup("1.2.840.10008.1.2.4.202");

    /// <summary>High-Throughput JPEG 2000 (1.2.840.10008.1.2.4.203).</summary>
    public static DicomTransferSyntax HTJ2K => Lookup("1.2.840.10008.1.2.4.203");

    /// <summary>RLE Lossless (1.2.840.10008.1.2.5).</summary>
    public static DicomTransferSyntax RleLossless => Lookup("1.2.840.10008.1.2.5");

    /// <summary>Every transfer syntax of PS3.6 Annex A, retired ones included.</summary>
    public static IReadOnlyList<DicomTransferSyntax> All => DicomTransferSyntaxTable.All;

    /// <summary>The UID.</summary>
    public string Uid { get; }

    /// <summary>The standard's name, e.g. <c>Explicit VR Little Endian</c>.</summary>
    public string Name { get; }

    /// <summary>The standard's keyword, e.g. <c>ExplicitVRLittleEndian</c>.</summary>
    public string Keyword { get; }

    /// <summary>True when each element states its VR (every syntax but Implicit VR Little Endian and Papyrus 3).</summary>
    public bool IsExplicitVR { get; }

    /// <summary>True for Explicit VR Big Endian: tags, lengths and binary values are big endian.</summary>
    public bool IsBigEndian { get; }

    /// <summary>True when pixel data is encapsulated (fragments in items) rather than native.</summary>
    public bool IsEncapsulated { get; }

    /// <summary>True when the pixel data may have been compressed with loss.</summary>
    public bool IsLossy { get; }

    /// <summary>True when the data set after the file meta information is deflated (RFC 1951).</summary>
    public bool IsDeflated { get; }

    /// <summary>True when the standard has retired the syntax.</summary>
    public bool IsRetired { get; }

    /// <summary>False for a UID outside PS3.6 Annex A (read as explicit VR little endian, encapsulated).</summary>
    public bool IsKnown { get; }

    /// <summary>
    /// The transfer syntax with this UID. An unknown UID gives an instance with <see cref="IsKnown"/>
    /// false, read as explicit VR little endian with encapsulated pixel data (PS3.5 A.4: every
    /// syntax but the native ones encapsulates).
    /// </summary>
    /// <param name="uid">The UID; trailing NUL or space padding is ignored.</param>
    public static DicomTransferSyntax Lookup(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        var trimmed = uid.TrimEnd('\0', ' ');
        return Known.TryGetValue(trimmed, out var known)
            ? known
            : new DicomTransferSyntax(trimmed, "Unknown transfer syntax", string.Empty, TransferSyntaxTraits.Encapsulated, isKnown: false);
    }

    /// <summary>Finds a known transfer syntax.</summary>
    /// <param name="uid">The UID.</param>
    /// <param name="syntax">The transfer syntax, when known.</param>
    public static bool TryLookup(string uid, out DicomTransferSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(uid);
        return Known.TryGetValue(uid.TrimEnd('\0', ' '), out syntax!);
    }

    /// <summary>The name and UID.</summary>
    public override string ToString() => $"{Name} ({Uid})";
}
