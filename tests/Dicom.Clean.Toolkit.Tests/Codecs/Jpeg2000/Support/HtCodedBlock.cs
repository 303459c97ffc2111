using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>
/// An HT code-block of the test encoder, all in the first layer: optional placeholder passes, the
/// cleanup pass (their segment), then the SigProp/MagRef refinement segment.
/// </summary>
internal sealed class HtCodedBlock : ICodedBlock
{
    private readonly byte[] _cleanup;
    private readonly byte[] _refinement;
    private readonly int _cleanupPasses;
    private readonly int _refinementPasses;

    private HtCodedBlock(byte[] cleanup, byte[] refinement, int cleanupPasses, int refinementPasses, int zeroBitPlanes)
    {
        _cleanup = cleanup;
        _refinement = refinement;
        _cleanupPasses = cleanupPasses;
        _refinementPasses = refinementPasses;
        ZeroBitPlanes = zeroBitPlanes;
        FirstLayer = cleanup.Length == 0 ? int.MaxValue / 2 : 0;
    }

    public int FirstLayer { get; }

    public int ZeroBitPlanes { get; }

    public int LengthBits { get; set; } = 3;

    public static HtCodedBlock Create(TestEncoderOptions o, SubBand band, int[] data, int width, int height)
    {
        if (data.All(v => v == 0))
        {
            return new HtCodedBlock([], [], 0, 0, 0);
        }

        var bitPlane = o.HtRefinement ? 1 : 0;
        var causal = (o.BlockStyle & CodeBlockStyle.VerticallyCausal) != 0;
        var (cleanup, refinement, passes) = HtBlockEncoder.Encode(data, width, height, bitPlane, causal);
        var zero = band.MagnitudeBits - 1 - bitPlane - o.HtPlaceholderSets;
        if (zero < 0)
        {
            throw new InvalidOperationException("Too many placeholder passes for the band's magnitude bits.");
        }

        return new HtCodedBlock(cleanup, refinement, (3 * o.HtPlaceholderSets) + 1, passes - 1, zero);
    }

    public int Cut(int layer) => layer < FirstLayer ? 0 : _cleanupPasses + _refinementPasses;

    public List<(int Passes, int Length)> Portions(int from, int to) =>
        _refinementPasses == 0 ? [(_cleanupPasses, _cleanup.Length)] : [(_cleanupPasses, _cleanup.Length), (_refinementPasses, _refinement.Length)];

    public IEnumerable<byte> Bytes(int from, int to) => [.. _cleanup, .. _refinement];
}
