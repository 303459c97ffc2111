namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>A frame header (SOF, T.81 B.2.2) with the MCU geometry derived from it.</summary>
internal sealed class JpegFrame
{
    public JpegFrame(JpegProcess process, int precision, int width, int height, JpegComponent[] components)
    {
        Process = process;
        Precision = precision;
        Width = width;
        Height = height;
        Components = components;
        foreach (var c in components)
        {
            MaxH = Math.Max(MaxH, c.H);
            MaxV = Math.Max(MaxV, c.V);
        }

        // A data unit is an 8x8 block for DCT processes and one sample for lossless (T.81 A.2).
        Unit = process == JpegProcess.Lossless ? 1 : 8;
        McusWide = DivideRoundUp(width, MaxH * Unit);
        McusHigh = DivideRoundUp(height, MaxV * Unit);
        foreach (var c in components)
        {
            c.Width = DivideRoundUp(width * c.H, MaxH);
            c.Height = DivideRoundUp(height * c.V, MaxV);
            c.UnitsWide = DivideRoundUp(c.Width, Unit);
            c.UnitsHigh = DivideRoundUp(c.Height, Unit);
            c.PlaneWidth = McusWide * c.H * Unit;
            c.PlaneHeight = McusHigh * c.V * Unit;
        }
    }

    public JpegProcess Process { get; }

    /// <summary>Sample precision P in bits.</summary>
    public int Precision { get; }

    /// <summary>Samples per line X.</summary>
    public int Width { get; }

    /// <summary>Number of lines Y (from the DICOM Rows when the SOF defers it to a DNL marker).</summary>
    public int Height { get; }

    public JpegComponent[] Components { get; }

    public int MaxH { get; }

    public int MaxV { get; }

    /// <summary>8 for DCT processes, 1 for lossless.</summary>
    public int Unit { get; }

    /// <summary>MCUs per line in an interleaved scan.</summary>
    public int McusWide { get; }

    /// <summary>MCU rows in an interleaved scan.</summary>
    public int McusHigh { get; }

    public bool IsDct => Process != JpegProcess.Lossless;

    public static int DivideRoundUp(int value, int divisor) => (int)(((long)value + divisor - 1) / divisor);
}
