namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>A Part 1 code-block of the test encoder and how its passes spread over the layers.</summary>
internal sealed class PartOneCodedBlock(EncodedBlock block, int zeroBitPlanes, int layers) : ICodedBlock
{
    public EncodedBlock Block { get; } = block;

    public int ZeroBitPlanes { get; } = zeroBitPlanes;

    public int LengthBits { get; set; } = 3;

    /// <summary>First layer contributing passes (layers when none does).</summary>
    public int FirstLayer { get; } = Enumerable.Range(0, layers).FirstOrDefault(l => Cut(block, l, layers) > 0, layers);

    /// <summary>Passes included up to and with layer <paramref name="layer"/>.</summary>
    public int Cut(int layer) => Cut(Block, layer, layers);

    private static int Cut(EncodedBlock block, int layer, int layers) =>
        layer < 0 ? 0 : (int)Math.Ceiling(block.Passes * (layer + 1) / (double)layers);

    /// <summary>(passes, bytes) of each segment part in passes [from, to).</summary>
    public List<(int Passes, int Length)> Portions(int from, int to) =>
        PortionBytes(from, to).Select(p => (PassesIn(p.Segment, from, to), p.Length)).ToList();

    /// <summary>(segment, start, length) of each segment part in passes [from, to).</summary>
    public List<(int Segment, int Start, int Length)> PortionBytes(int from, int to)
    {
        var result = new List<(int, int, int)>();
        for (var pass = from; pass < to; pass++)
        {
            var segment = Block.PassSegment[pass];
            if (pass + 1 < to && Block.PassSegment[pass + 1] == segment)
            {
                continue;
            }

            var start = pass > 0 && from > 0 && Block.PassSegment[from - 1] == segment ? Block.PassEnd[from - 1] : 0;
            result.Add((segment, start, Block.PassEnd[pass] - start));
        }

        return result;
    }

    private int PassesIn(int segment, int from, int to) => Enumerable.Range(from, to - from).Count(p => Block.PassSegment[p] == segment);

    public IEnumerable<byte> Bytes(int from, int to) =>
        PortionBytes(from, to).SelectMany(p => Block.Segments[p.Segment].AsSpan(p.Start, p.Length).ToArray());
}
