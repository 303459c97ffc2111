namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>
/// One image component of a frame (T.81 B.2.2) and its decoding state: the sample plane it is
/// reconstructed into (padded to whole MCUs), and for progressive frames its coefficients.
/// </summary>
internal sealed class JpegComponent
{
    public JpegComponent(int index, int id, int horizontalFactor, int verticalFactor, int quantTableId)
    {
        Index = index;
        Id = id;
        H = horizontalFactor;
        V = verticalFactor;
        QuantTableId = quantTableId;
    }

    /// <summary>Position in the frame header, which is the output sample order.</summary>
    public int Index { get; }

    /// <summary>Component identifier Ci.</summary>
    public int Id { get; }

    /// <summary>Horizontal sampling factor Hi.</summary>
    public int H { get; }

    /// <summary>Vertical sampling factor Vi.</summary>
    public int V { get; }

    /// <summary>Quantization table selector Tqi.</summary>
    public int QuantTableId { get; }

    /// <summary>Samples per line of this component: ceil(X * Hi / Hmax).</summary>
    public int Width { get; set; }

    /// <summary>Lines of this component: ceil(Y * Vi / Vmax).</summary>
    public int Height { get; set; }

    /// <summary>Data units (8x8 blocks, or samples in lossless) per line in a non-interleaved scan.</summary>
    public int UnitsWide { get; set; }

    /// <summary>Data unit rows in a non-interleaved scan.</summary>
    public int UnitsHigh { get; set; }

    /// <summary>Plane width in samples: whole interleaved MCUs.</summary>
    public int PlaneWidth { get; set; }

    /// <summary>Plane height in samples: whole interleaved MCUs.</summary>
    public int PlaneHeight { get; set; }

    /// <summary>Reconstructed samples (pooled), row-major with stride <see cref="PlaneWidth"/>.</summary>
    public ushort[]? Plane { get; set; }

    /// <summary>Progressive only: 64 coefficients per block, blocks row-major (pooled).</summary>
    public short[]? Coefficients { get; set; }

    /// <summary>Dequantization table latched at the component's first scan, natural order.</summary>
    public int[]? Quant { get; set; }

    /// <summary>Progressive only: successive-approximation bit reached per coefficient, -1 before any scan.</summary>
    public int[]? CoefficientBits { get; set; }

    /// <summary>Whether any scan has carried this component.</summary>
    public bool HasData { get; set; }

    /// <summary>DC predictor (DCT) during a scan.</summary>
    public int DcPredictor { get; set; }

    /// <summary>DC (or lossless) Huffman table of the current scan.</summary>
    public JpegHuffmanTable? DcTable { get; set; }

    /// <summary>AC Huffman table of the current scan.</summary>
    public JpegHuffmanTable? AcTable { get; set; }
}
