namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>Code-block style flags of COD/COC (T.800 Table A.19; bit 6 from T.814).</summary>
[Flags]
internal enum CodeBlockStyle
{
    None = 0,

    /// <summary>Selective arithmetic coding bypass (raw significance and refinement passes).</summary>
    Bypass = 0x01,

    /// <summary>Reset context probabilities at each coding pass boundary.</summary>
    Reset = 0x02,

    /// <summary>Terminate the arithmetic coder at each coding pass.</summary>
    TerminateAll = 0x04,

    /// <summary>Vertically causal context formation.</summary>
    VerticallyCausal = 0x08,

    /// <summary>Predictable termination (no decoder action).</summary>
    Predictable = 0x10,

    /// <summary>Segmentation symbols after each cleanup pass.</summary>
    SegmentationSymbols = 0x20,

    /// <summary>High-throughput (HTJ2K) block coder.</summary>
    HighThroughput = 0x40,

    /// <summary>Mixed HT and Part 1 code-blocks (with <see cref="HighThroughput"/>).</summary>
    Mixed = 0x80,
}
