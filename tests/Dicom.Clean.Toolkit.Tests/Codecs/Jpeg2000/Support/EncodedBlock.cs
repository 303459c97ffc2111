namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>A code-block coded by <see cref="EbcotBlockEncoder"/>.</summary>
/// <param name="BitPlanes">Magnitude bit-planes coded (the block's zero bit-planes are Mb minus this).</param>
/// <param name="Segments">Terminated codeword segments, in pass order.</param>
/// <param name="PassSegment">Segment of each coding pass.</param>
/// <param name="PassEnd">Bytes of that segment produced once the pass was coded (a valid split point).</param>
internal sealed record EncodedBlock(int BitPlanes, IReadOnlyList<byte[]> Segments, int[] PassSegment, int[] PassEnd)
{
    /// <summary>Number of coding passes.</summary>
    public int Passes => PassSegment.Length;
}
