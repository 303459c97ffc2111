namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// One code-block: its rectangle in sub-band coordinates, the packet-header state that spans
/// layers, and the codeword segments gathered for it.
/// </summary>
internal sealed class CodeBlock(int x0, int y0, int x1, int y1)
{
    /// <summary>Left edge in sub-band coordinates.</summary>
    public int X0 { get; } = x0;

    /// <summary>Top edge in sub-band coordinates.</summary>
    public int Y0 { get; } = y0;

    /// <summary>Right edge (exclusive).</summary>
    public int X1 { get; } = x1;

    /// <summary>Bottom edge (exclusive).</summary>
    public int Y1 { get; } = y1;

    /// <summary>Included in an earlier layer.</summary>
    public bool Included { get; set; }

    /// <summary>Lblock, the length-field base (starts at 3).</summary>
    public int LengthBits { get; set; } = 3;

    /// <summary>Missing most significant bit-planes (from the zero bit-plane tag tree).</summary>
    public int ZeroBitPlanes { get; set; }

    /// <summary>Coding passes received so far, over all layers.</summary>
    public int Passes { get; set; }

    /// <summary>HT block whose first non-empty cleanup segment has been seen (placeholder passes are over).</summary>
    public bool HtCleanupFound { get; set; }

    /// <summary>In a mixed HT codestream, this block turned out to use the Part 1 block coder.</summary>
    public bool Part1InMixed { get; set; }

    /// <summary>Codeword segments, in pass order.</summary>
    public List<CodewordSegment> Segments { get; } = [];

    /// <summary>Data contributed by each layer: (start, length) in the tile's data.</summary>
    public List<(int Start, int Length)> Chunks { get; } = [];

    /// <summary>Where this block's segments start in the tile's segment arena.</summary>
    public int ArenaStart { get; set; }
}
