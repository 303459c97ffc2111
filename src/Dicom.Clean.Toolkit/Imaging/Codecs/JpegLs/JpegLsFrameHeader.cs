namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>
/// What a JPEG-LS frame header (SOF55, T.87 C.2.2) declares, with the dimensions of each component
/// derived from its sampling factors (T.81 A.1.1).
/// </summary>
internal sealed class JpegLsFrameHeader
{
    /// <summary>Creates the header; the values are already validated by the reader.</summary>
    public JpegLsFrameHeader(int precision, int rows, int columns, JpegLsComponentSpec[] components)
    {
        Precision = precision;
        Rows = rows;
        Columns = columns;
        Components = components;
        foreach (var component in components)
        {
            MaxHorizontalSampling = Math.Max(MaxHorizontalSampling, component.HorizontalSampling);
            MaxVerticalSampling = Math.Max(MaxVerticalSampling, component.VerticalSampling);
        }
    }

    /// <summary>Sample precision P in bits, 2 to 16.</summary>
    public int Precision { get; }

    /// <summary>Lines of the image (Y), as SOF55 or an oversize-dimension LSE segment gives it.</summary>
    public int Rows { get; internal set; }

    /// <summary>Samples per line of the image (X).</summary>
    public int Columns { get; internal set; }

    /// <summary>The components in frame order.</summary>
    public IReadOnlyList<JpegLsComponentSpec> Components { get; }

    /// <summary>Largest horizontal sampling factor.</summary>
    public int MaxHorizontalSampling { get; }

    /// <summary>Largest vertical sampling factor.</summary>
    public int MaxVerticalSampling { get; }

    /// <summary>True when some component has fewer samples than the image.</summary>
    public bool IsSubsampled
    {
        get
        {
            foreach (var component in Components)
            {
                if (component.HorizontalSampling != MaxHorizontalSampling || component.VerticalSampling != MaxVerticalSampling)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Samples per line of one component: ceil(X * Hi / Hmax).</summary>
    public int ComponentColumns(int index) =>
        (int)(((long)Columns * Components[index].HorizontalSampling + MaxHorizontalSampling - 1) / MaxHorizontalSampling);

    /// <summary>Lines of one component: ceil(Y * Vi / Vmax).</summary>
    public int ComponentRows(int index) =>
        (int)(((long)Rows * Components[index].VerticalSampling + MaxVerticalSampling - 1) / MaxVerticalSampling);

    /// <summary>The index in <see cref="Components"/> of the component with identifier <paramref name="id"/>, or -1.</summary>
    public int IndexOf(byte id)
    {
        for (var i = 0; i < Components.Count; i++)
        {
            if (Components[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}
