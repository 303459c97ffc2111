using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>What <see cref="TestCodestreamEncoder"/> writes: a lossless (5/3) codestream with these features.</summary>
internal sealed record TestEncoderOptions
{
    public int Width { get; init; } = 64;

    public int Height { get; init; } = 64;

    public int Components { get; init; } = 1;

    public int Precision { get; init; } = 8;

    public bool Signed { get; init; }

    public int OffsetX { get; init; }

    public int OffsetY { get; init; }

    /// <summary>0 for one tile covering the image.</summary>
    public int TileWidth { get; init; }

    public int TileHeight { get; init; }

    public int TileOffsetX { get; init; }

    public int TileOffsetY { get; init; }

    public int Levels { get; init; } = 3;

    public int BlockWidthExponent { get; init; } = 4;

    public int BlockHeightExponent { get; init; } = 4;

    /// <summary>Per resolution PPx | PPy &lt;&lt; 4, or null for the default (maximal) precincts.</summary>
    public byte[]? Precincts { get; init; }

    public ProgressionOrder Progression { get; init; } = ProgressionOrder.Lrcp;

    public int Layers { get; init; } = 1;

    public IReadOnlyList<ProgressionChange> ProgressionChanges { get; init; } = [];

    public CodeBlockStyle BlockStyle { get; init; }

    public bool StartOfPacketMarkers { get; init; }

    public bool EndOfPacketHeaderMarkers { get; init; }

    public PacketHeaderPlacement Headers { get; init; }

    public int TilePartsPerTile { get; init; } = 1;

    /// <summary>Maxshift ROI shift (RGN, component 0); every third coefficient is in the region.</summary>
    public int RoiShift { get; init; }

    /// <summary>HTJ2K block coder (single layer only).</summary>
    public bool HighThroughput { get; init; }

    /// <summary>HT: cleanup at bit-plane 1, then SigProp and MagRef for bit-plane 0.</summary>
    public bool HtRefinement { get; init; }

    /// <summary>HT: sets of three empty placeholder passes before the cleanup pass.</summary>
    public int HtPlaceholderSets { get; init; }

    /// <summary>Forward RCT on the first three components.</summary>
    public bool ComponentTransform { get; init; }
}
