using Dicom.Clean.Toolkit.Imaging.Codecs;

namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>
/// Everything the renderer needs to know about an image, read once from its data set: the Image
/// Pixel module, the modality and VOI transforms, the presentation shape, the palette, the overlay
/// planes and, for enhanced multi-frame images, the per-frame values. A plain immutable record, so
/// it can be built by the data set reader, by a test, or by hand.
/// </summary>
public sealed record ImagePixelAttributes
{
    /// <summary>Rows (0028,0010).</summary>
    public required int Rows { get; init; }

    /// <summary>Columns (0028,0011).</summary>
    public required int Columns { get; init; }

    /// <summary>Samples per Pixel (0028,0002): 1 or 3.</summary>
    public int SamplesPerPixel { get; init; } = 1;

    /// <summary>Bits Allocated (0028,0100): 1, 8, 16, 32, or 64 for double float pixel data.</summary>
    public required int BitsAllocated { get; init; }

    /// <summary>Bits Stored (0028,0101).</summary>
    public required int BitsStored { get; init; }

    /// <summary>High Bit (0028,0102); usually Bits Stored - 1.</summary>
    public required int HighBit { get; init; }

    /// <summary>Pixel Representation (0028,0103) is 1: samples are two's complement.</summary>
    public bool IsSigned { get; init; }

    /// <summary>Photometric Interpretation (0028,0004), trimmed, upper case (see <see cref="PhotometricInterpretations"/>).</summary>
    public required string PhotometricInterpretation { get; init; }

    /// <summary>Planar Configuration (0028,0006): 0 samples interleaved, 1 one plane per sample.</summary>
    public int PlanarConfiguration { get; init; }

    /// <summary>Number of Frames (0028,0008), 1 when absent.</summary>
    public int NumberOfFrames { get; init; } = 1;

    /// <summary>Whether the samples are integers (Pixel Data) or floats (Float / Double Float Pixel Data).</summary>
    public PixelSampleFormat SampleFormat { get; init; } = PixelSampleFormat.Integer;

    /// <summary>Rescale Slope / Intercept / Type, when both slope and intercept are present.</summary>
    public RescaleTransform? Rescale { get; init; }

    /// <summary>The first item of the Modality LUT Sequence (0028,3000); it takes precedence over rescale.</summary>
    public LookupTableData? ModalityLut { get; init; }

    /// <summary>Window Center / Width pairs, in order (as many as both attributes have values).</summary>
    public IReadOnlyList<VoiWindow> Windows { get; init; } = [];

    /// <summary>VOI LUT Function (0028,1056); LINEAR when absent.</summary>
    public VoiLutFunction VoiLutFunction { get; init; } = VoiLutFunction.Linear;

    /// <summary>Items of the VOI LUT Sequence (0028,3010), in order.</summary>
    public IReadOnlyList<LookupTableData> VoiLuts { get; init; } = [];

    /// <summary>Presentation LUT Shape (2050,0020) stored in the image, or null when absent.</summary>
    public PresentationLutShape? PresentationLutShape { get; init; }

    /// <summary>The Palette Color Lookup Tables, for PALETTE COLOR images.</summary>
    public PaletteColorLookupTables? Palette { get; init; }

    /// <summary>Overlay planes (60xx groups) present in the image.</summary>
    public IReadOnlyList<OverlayPlane> Overlays { get; init; } = [];

    /// <summary>
    /// Per-frame values from enhanced multi-frame functional groups, indexed by zero-based frame, or
    /// null for images without functional groups.
    /// </summary>
    public IReadOnlyList<FrameFunctionalValues>? PerFrame { get; init; }

    /// <summary>True for MONOCHROME1 and MONOCHROME2.</summary>
    public bool IsMonochrome => PhotometricInterpretations.IsMonochrome(PhotometricInterpretation);

    /// <summary>The frame geometry a decoder must produce, as the codec contract describes it.</summary>
    public FrameDescriptor ToFrameDescriptor() => new(
        Rows, Columns, SamplesPerPixel, BitsAllocated, BitsStored, IsSigned, PhotometricInterpretation, PlanarConfiguration);

    /// <summary>The per-frame values of a frame, or null when there are none.</summary>
    /// <param name="frameIndex">Zero-based frame index.</param>
    public FrameFunctionalValues? GetFrameValues(int frameIndex) =>
        PerFrame is { } perFrame && frameIndex >= 0 && frameIndex < perFrame.Count ? perFrame[frameIndex] : null;

    /// <summary>
    /// Checks that the geometry can be rendered at all: positive size, 1 or 3 samples, a supported
    /// Bits Allocated, Bits Stored within it. Oddities a reader should forgive (a High Bit that does
    /// not fit) are corrected by the renderer instead.
    /// </summary>
    /// <exception cref="DicomException">The attributes describe no renderable image.</exception>
    public void Validate()
    {
        if (Rows <= 0 || Columns <= 0)
        {
            throw new DicomException($"Image has no pixels: Rows {Rows}, Columns {Columns}");
        }

        if ((long)Rows * Columns * SamplesPerPixel * Math.Max(1, BitsAllocated / 8) > Array.MaxLength)
        {
            throw new DicomException($"A {Rows} x {Columns} frame is too large to render in one buffer");
        }

        if (SamplesPerPixel is not (1 or 3))
        {
            throw new DicomException($"Samples per Pixel {SamplesPerPixel} is not supported (1 or 3)");
        }

        var allocatedOk = SampleFormat switch
        {
            PixelSampleFormat.Float32 => BitsAllocated == 32,
            PixelSampleFormat.Float64 => BitsAllocated == 64,
            _ => BitsAllocated is 1 or 8 or 16 or 32,
        };
        if (!allocatedOk)
        {
            throw new DicomException($"Bits Allocated {BitsAllocated} is not supported for {SampleFormat} pixel data");
        }

        if (BitsStored < 1 || BitsStored > BitsAllocated)
        {
            throw new DicomException($"Bits Stored {BitsStored} does not fit Bits Allocated {BitsAllocated}");
        }

        if (NumberOfFrames < 1)
        {
            throw new DicomException($"Number of Frames {NumberOfFrames} is not positive");
        }
    }

    /// <summary>High Bit if it is consistent with Bits Stored and Bits Allocated, else Bits Stored - 1.</summary>
    internal int EffectiveHighBit =>
        HighBit >= BitsStored - 1 && HighBit < BitsAllocated ? HighBit : BitsStored - 1;
}
