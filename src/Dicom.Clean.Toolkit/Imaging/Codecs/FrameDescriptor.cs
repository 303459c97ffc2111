namespace Dicom.Clean.Toolkit.Imaging.Codecs;

/// <summary>
/// What a data set's Image Pixel module says one frame looks like: what a decoder must produce.
/// </summary>
/// <param name="Rows">Rows (0028,0010).</param>
/// <param name="Columns">Columns (0028,0011).</param>
/// <param name="SamplesPerPixel">Samples per Pixel (0028,0002): 1 or 3.</param>
/// <param name="BitsAllocated">Bits Allocated (0028,0100): 1, 8, 16, 32 or 64.</param>
/// <param name="BitsStored">Bits Stored (0028,0101).</param>
/// <param name="IsSigned">Pixel Representation (0028,0103) is 1.</param>
/// <param name="PhotometricInterpretation">Photometric Interpretation (0028,0004), as declared.</param>
/// <param name="PlanarConfiguration">Planar Configuration (0028,0006): 0 interleaved, 1 planar.</param>
public readonly record struct FrameDescriptor(
    int Rows,
    int Columns,
    int SamplesPerPixel,
    int BitsAllocated,
    int BitsStored,
    bool IsSigned,
    string PhotometricInterpretation,
    int PlanarConfiguration)
{
    /// <summary>Bytes one sample occupies in decoded output: 1 for 1 and 8 bits, else BitsAllocated / 8.</summary>
    public int BytesPerSample => BitsAllocated <= 8 ? 1 : BitsAllocated / 8;

    /// <summary>Pixels in one frame.</summary>
    public long PixelCount => (long)Rows * Columns;

    /// <summary>
    /// Length in bytes of one decoded frame in the toolkit's decoded layout: samples interleaved,
    /// little endian, <see cref="BytesPerSample"/> bytes per sample (1-bit data unpacked to one byte
    /// per pixel).
    /// </summary>
    public long DecodedLength => PixelCount * SamplesPerPixel * BytesPerSample;
}
