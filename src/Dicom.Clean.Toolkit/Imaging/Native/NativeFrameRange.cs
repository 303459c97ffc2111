namespace Dicom.Clean.Toolkit.Imaging.Native;

/// <summary>
/// Where one frame lies inside a native pixel data value. The range is widened to whole 16-bit
/// words when the bytes must be swapped in pairs, and it may begin inside a byte for 1-bit data, so
/// the frame's first sample starts <see cref="LeadingBits"/> bits into the range.
/// </summary>
/// <param name="Offset">Byte offset of the range from the start of the pixel data value.</param>
/// <param name="Length">Length of the range in bytes.</param>
/// <param name="LeadingBits">Bits to skip at the start of the range (after any byte swap) before the frame.</param>
public readonly record struct NativeFrameRange(long Offset, long Length, int LeadingBits);
