using Dicom.Clean.Toolkit.IO;

namespace Dicom.Clean.Toolkit.Model;

/// <summary>One item of encapsulated pixel data: where its item header starts and where its bytes lie.</summary>
/// <param name="ItemOffset">Byte offset of the item tag (FFFE,E000) in the source.</param>
/// <param name="Range">The fragment's bytes (after the 8-byte item header).</param>
public readonly record struct DicomFragment(long ItemOffset, DicomByteRange Range)
{
    /// <summary>Length of the fragment in bytes.</summary>
    public long Length => Range.Length;
}
