namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>Which pixel data element holds the samples, and so how they are encoded.</summary>
public enum PixelSampleFormat
{
    /// <summary>Pixel Data (7FE0,0010): integers of Bits Allocated, Bits Stored, High Bit, Pixel Representation.</summary>
    Integer = 0,

    /// <summary>Float Pixel Data (7FE0,0008): IEEE 754 32-bit floats.</summary>
    Float32 = 1,

    /// <summary>Double Float Pixel Data (7FE0,0009): IEEE 754 64-bit floats.</summary>
    Float64 = 2,
}
