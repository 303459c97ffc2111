namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// A codeword segment (T.800 D.4.1): coding passes decoded from one arithmetic-coder (or raw)
/// run. <see cref="Length"/> grows as later layers add to it.
/// </summary>
internal struct CodewordSegment(int firstPass, int passes, int length)
{
    /// <summary>Index of the segment's first coding pass within the code-block.</summary>
    public int FirstPass = firstPass;

    /// <summary>Coding passes in the segment so far.</summary>
    public int Passes = passes;

    /// <summary>Bytes in the segment so far.</summary>
    public int Length = length;
}
