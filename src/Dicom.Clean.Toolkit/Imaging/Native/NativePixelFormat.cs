using Dicom.Clean.Toolkit.Imaging.Codecs;

namespace Dicom.Clean.Toolkit.Imaging.Native;

/// <summary>
/// How the frames of native (uncompressed) pixel data are stored: the frame geometry, the byte order
/// of the transfer syntax and the element's VR.
/// </summary>
/// <param name="Frame">The frame geometry from the Image Pixel module.</param>
/// <param name="IsBigEndian">The data set is Explicit VR Big Endian.</param>
/// <param name="IsOtherWord">
/// The pixel data element's VR is OW (16-bit words). Matters only in big endian files with Bits
/// Allocated 1 or 8, whose bytes are then swapped in pairs; OB data is never swapped.
/// </param>
public readonly record struct NativePixelFormat(FrameDescriptor Frame, bool IsBigEndian = false, bool IsOtherWord = true)
{
    /// <summary>True for YBR_FULL_422 and YBR_PARTIAL_422, stored as two luminance samples per chroma pair.</summary>
    public bool IsSubsampled422 =>
        Frame.SamplesPerPixel == 3 && PhotometricInterpretations.IsSubsampled422(Frame.PhotometricInterpretation);

    /// <summary>Bits one stored frame occupies: frames follow each other without padding.</summary>
    public long StoredFrameBits
    {
        get
        {
            var samples = IsSubsampled422 ? 2 : Frame.SamplesPerPixel;
            return Frame.PixelCount * samples * Frame.BitsAllocated;
        }
    }

    /// <summary>
    /// True when bytes must be swapped to reach little endian: every big endian sample wider than a
    /// byte, and big endian OW data of 1 or 8 bits (swapped in 16-bit words).
    /// </summary>
    public bool NeedsByteSwap => IsBigEndian && (Frame.BitsAllocated > 8 || IsOtherWord);

    /// <summary>Size of the unit the swap works on: the sample size, or a 16-bit word for 1 and 8-bit OW data.</summary>
    internal int SwapUnit => Frame.BitsAllocated > 8 ? Frame.BitsAllocated / 8 : 2;
}
