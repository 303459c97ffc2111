using static Dicom.Clean.Toolkit.Uids.TransferSyntaxTraits;

namespace Dicom.Clean.Toolkit.Uids;

/// <summary>The transfer syntaxes of PS3.6 Annex A (2024 edition), with their encoding traits.</summary>
internal static class DicomTransferSyntaxTable
{
    private const TransferSyntaxTraits Lossless = Encapsulated;
    private const TransferSyntaxTraits LossyEncapsulated = Encapsulated | Lossy;
    private const TransferSyntaxTraits RetiredLossy = Encapsulated | Lossy | Retired;

    internal static readonly DicomTransferSyntax ImplicitVRLittleEndian =
        new("1.2.840.10008.1.2", "Implicit VR Little Endian", "ImplicitVRLittleEndian", ImplicitVR);

    internal static readonly DicomTransferSyntax ExplicitVRLittleEndian =
        new("1.2.840.10008.1.2.1", "Explicit VR Little Endian", "ExplicitVRLittleEndian", None);

    internal static readonly DicomTransferSyntax ExplicitVRBigEndian =
        new("1.2.840.10008.1.2.2", "Explicit VR Big Endian", "ExplicitVRBigEndian", BigEndian | Retired);

    internal static readonly DicomTransferSyntax DeflatedExplicitVRLittleEndian =
        new("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", "DeflatedExplicitVRLittleEndian", Deflated);

    internal static readonly DicomTransferSyntax[] All =
    [
        ImplicitVRLittleEndian,
        ExplicitVRLittleEndian,
        new("1.2.840.10008.1.2.1.98", "Encapsulated Uncompressed Explicit VR Little Endian", "EncapsulatedUncompressedExplicitVRLittleEndian", Lossless),
        DeflatedExplicitVRLittleEndian,
        ExplicitVRBigEndian,
        new("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", "JPEGBaseline8Bit", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 and 4)", "JPEGExtended12Bit", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.52", "JPEG Extended (Process 3 and 5)", "JPEGExtended35", RetiredLossy),
        new("1.2.840.10008.1.2.4.53", "JPEG Spectral Selection, Non-Hierarchical (Process 6 and 8)", "JPEGSpectralSelectionNonHierarchical68", RetiredLossy),
        new("1.2.840.10008.1.2.4.54", "JPEG Spectral Selection, Non-Hierarchical (Process 7 and 9)", "JPEGSpectralSelectionNonHierarchical79", RetiredLossy),
        new("1.2.840.10008.1.2.4.55", "JPEG Full Progression, Non-Hierarchical (Process 10 and 12)", "JPEGFullProgressionNonHierarchical1012", RetiredLossy),
        new("1.2.840.10008.1.2.4.56", "JPEG Full Progression, Non-Hierarchical (Process 11 and 13)", "JPEGFullProgressionNonHierarchical1113", RetiredLossy),
        new("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)", "JPEGLossless", Lossless),
        new("1.2.840.10008.1.2.4.58", "JPEG Lossless, Non-Hierarchical (Process 15)", "JPEGLosslessNonHierarchical15", Lossless | Retired),
        new("1.2.840.10008.1.2.4.59", "JPEG Extended, Hierarchical (Process 16 and 18)", "JPEGExtendedHierarchical1618", RetiredLossy),
        new("1.2.840.10008.1.2.4.60", "JPEG Extended, Hierarchical (Process 17 and 19)", "JPEGExtendedHierarchical1719", RetiredLossy),
        new("1.2.840.10008.1.2.4.61", "JPEG Spectral Selection, Hierarchical (Process 20 and 22)", "JPEGSpectralSelectionHierarchical2022", RetiredLossy),
        new("1.2.840.10008.1.2.4.62", "JPEG Spectral Selection, Hierarchical (Process 21 and 23)", "JPEGSpectralSelectionHierarchical2123", RetiredLossy),
        new("1.2.840.10008.1.2.4.63", "JPEG Full Progression, Hierarchical (Process 24 and 26)", "JPEGFullProgressionHierarchical2426", RetiredLossy),
        new("1.2.840.10008.1.2.4.64", "JPEG Full Progression, Hierarchical (Process 25 and 27)", "JPEGFullProgressionHierarchical2527", RetiredLossy),
        new("1.2.840.10008.1.2.4.65", "JPEG Lossless, Hierarchical (Process 28)", "JPEGLosslessHierarchical28", Lossless | Retired),
        new("1.2.840.10008.1.2.4.66", "JPEG Lossless, Hierarchical (Process 29)", "JPEGLosslessHierarchical29", Lossless | Retired),
        new("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])", "JPEGLosslessSV1", Lossless),
        new("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression", "JPEGLSLossless", Lossless),
        new("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression", "JPEGLSNearLossless", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)", "JPEG2000Lossless", Lossless),
        new("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression", "JPEG2000", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)", "JPEG2000MCLossless", Lossless),
        new("1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component Image Compression", "JPEG2000MC", LossyEncapsulated),
        // JPIP: pixel data is referenced by URL (Pixel Data Provider URL), not stored.
        new("1.2.840.10008.1.2.4.94", "JPIP Referenced", "JPIPReferenced", None),
        new("1.2.840.10008.1.2.4.95", "JPIP Referenced Deflate", "JPIPReferencedDeflate", Deflated),
        new("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level", "MPEG2MPML", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.100.1", "Fragmentable MPEG2 Main Profile / Main Level", "MPEG2MPMLF", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.101", "MPEG2 Main Profile / High Level", "MPEG2MPHL", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.101.1", "Fragmentable MPEG2 Main Profile / High Level", "MPEG2MPHLF", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1", "MPEG4HP41", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.102.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.1", "MPEG4HP41F", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.103", "MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1", "MPEG4HP41BD", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.103.1", "Fragmentable MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1", "MPEG4HP41BDF", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.104", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video", "MPEG4HP422D", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.104.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video", "MPEG4HP422DF", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.105", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video", "MPEG4HP423D", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.105.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video", "MPEG4HP423DF", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.106", "MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2", "MPEG4HP42STEREO", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.106.1", "Fragmentable MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2", "MPEG4HP42STEREOF", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.107", "HEVC/H.265 Main Profile / Level 5.1", "HEVCMP51", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.108", "HEVC/H.265 Main 10 Profile / Level 5.1", "HEVCM10P51", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.110", "JPEG XL Lossless", "JPEGXLLossless", Lossless),
        new("1.2.840.10008.1.2.4.111", "JPEG XL JPEG Recompression", "JPEGXLJPEGRecompression", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.112", "JPEG XL", "JPEGXL", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)", "HTJ2KLossless", Lossless),
        new("1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)", "HTJ2KLosslessRPCL", Lossless),
        new("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression", "HTJ2K", LossyEncapsulated),
        new("1.2.840.10008.1.2.4.204", "JPIP HTJ2K Referenced", "JPIPHTJ2KReferenced", None),
        new("1.2.840.10008.1.2.4.205", "JPIP HTJ2K Referenced Deflate", "JPIPHTJ2KReferencedDeflate", Deflated),
        new("1.2.840.10008.1.2.5", "RLE Lossless", "RLELossless", Lossless),
        new("1.2.840.10008.1.2.6.1", "RFC 2557 MIME encapsulation", "RFC2557MIMEEncapsulation", Retired),
        new("1.2.840.10008.1.2.6.2", "XML Encoding", "XMLEncoding", Retired),
        new("1.2.840.10008.1.2.7.1", "SMPTE ST 2110-20 Uncompressed Progressive Active Video", "SMPTEST211020UncompressedProgressiveActiveVideo", None),
        new("1.2.840.10008.1.2.7.2", "SMPTE ST 2110-20 Uncompressed Interlaced Active Video", "SMPTEST211020UncompressedInterlacedActiveVideo", None),
        new("1.2.840.10008.1.2.7.3", "SMPTE ST 2110-30 PCM Digital Audio", "SMPTEST211030PCMDigitalAudio", None),
        new("1.2.840.10008.1.2.8.1", "Deflated Image Frame Compression", "DeflatedImageFrameCompression", Lossless),
        new("1.2.840.10008.1.20", "Papyrus 3 Implicit VR Little Endian", "Papyrus3ImplicitVRLittleEndian", ImplicitVR | Retired),
    ];
}
