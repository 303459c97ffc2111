namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>The code-blocks of one sub-band inside one precinct, with their two tag trees.</summary>
internal sealed class PrecinctBand(SubBand band, int blocksWide, int blocksHigh, CodeBlock[] blocks)
{
    /// <summary>The sub-band.</summary>
    public SubBand Band { get; } = band;

    /// <summary>Code-blocks across.</summary>
    public int BlocksWide { get; } = blocksWide;

    /// <summary>Code-blocks down.</summary>
    public int BlocksHigh { get; } = blocksHigh;

    /// <summary>Code-blocks in raster order.</summary>
    public CodeBlock[] Blocks { get; } = blocks;

    /// <summary>Inclusion tag tree (null without code-blocks).</summary>
    public TagTree? Inclusion { get; } = blocks.Length == 0 ? null : new TagTree(blocksWide, blocksHigh);

    /// <summary>Zero bit-plane tag tree (null without code-blocks).</summary>
    public TagTree? ZeroBitPlanes { get; } = blocks.Length == 0 ? null : new TagTree(blocksWide, blocksHigh);
}
