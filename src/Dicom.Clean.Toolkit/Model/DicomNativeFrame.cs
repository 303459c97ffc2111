using Dicom.Clean.Toolkit.IO;

namespace Dicom.Clean.Toolkit.Model;

/// <summary>
/// Where one frame of native (uncompressed) pixel data lies: a range of the source, nothing copied.
/// Frames of 1-bit data need not start on a byte boundary: the frame's first bit is bit
/// <see cref="FirstBitOffset"/> (least significant first, PS3.5 8.1.1) of the range's first byte.
/// </summary>
/// <param name="Bytes">The bytes holding the frame (for 1-bit data, every byte the frame touches).</param>
/// <param name="FirstBitOffset">0 except for 1-bit frames that start inside a byte (0-7).</param>
/// <param name="BitLength">Length of the frame in bits.</param>
public readonly record struct DicomNativeFrame(DicomByteRange Bytes, int FirstBitOffset, long BitLength);
