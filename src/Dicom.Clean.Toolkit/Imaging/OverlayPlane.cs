namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>
/// One overlay plane of a repeating group 60xx (PS3.3 C.9.2). Burned in on request: graphic planes
/// replace the pixels they cover with white, ROI planes darken what lies outside them, as DCMTK does.
/// </summary>
public sealed record OverlayPlane
{
    /// <summary>The group, 0x6000 to 0x601E (even).</summary>
    public required ushort Group { get; init; }

    /// <summary>Overlay Rows (60xx,0010).</summary>
    public required int Rows { get; init; }

    /// <summary>Overlay Columns (60xx,0011).</summary>
    public required int Columns { get; init; }

    /// <summary>Overlay Origin (60xx,0050) first value: row of the top-left overlay pixel, 1 = first image row.</summary>
    public int OriginRow { get; init; } = 1;

    /// <summary>Overlay Origin (60xx,0050) second value: column of the top-left overlay pixel, 1 = first image column.</summary>
    public int OriginColumn { get; init; } = 1;

    /// <summary>Overlay Type (60xx,0040): graphic or region of interest.</summary>
    public OverlayType Type { get; init; } = OverlayType.Graphic;

    /// <summary>Overlay Bits Allocated (60xx,0100): 1 for Overlay Data; the pixel data's Bits Allocated for embedded overlays.</summary>
    public int BitsAllocated { get; init; } = 1;

    /// <summary>Overlay Bit Position (60xx,0102): 0 for Overlay Data; the bit of the pixel samples for embedded overlays.</summary>
    public int BitPosition { get; init; }

    /// <summary>Number of Frames in Overlay (60xx,0015), or null when absent (the plane then applies to every frame).</summary>
    public int? NumberOfFrames { get; init; }

    /// <summary>Image Frame Origin (60xx,0051): the 1-based image frame the overlay's first frame belongs to.</summary>
    public int ImageFrameOrigin { get; init; } = 1;

    /// <summary>
    /// Overlay Data (60xx,3000): bits packed least significant first in 16-bit little endian words (in a
    /// big endian file, swapped to little endian by the reader). Empty for the retired embedded form,
    /// where the bit lives in the unused high bits of the pixel samples.
    /// </summary>
    public ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>Overlay Label (60xx,1500), when present.</summary>
    public string? Label { get; init; }

    /// <summary>True when the plane lives in the pixel samples' unused bits (no Overlay Data).</summary>
    public bool IsEmbedded => Data.IsEmpty;
}
