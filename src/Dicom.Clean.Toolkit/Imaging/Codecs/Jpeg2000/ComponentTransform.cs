namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Inverse multiple-component transforms of T.800 Annex G on the first three components: the
/// reversible RCT in integers, the irreversible ICT in single precision with OpenJPEG's constants
/// and operation order.
/// </summary>
internal static class ComponentTransform
{
    /// <summary>Inverse RCT (G.2): Y, Db, Dr to R, G, B in place.</summary>
    public static void InverseReversible(Span<int> c0, Span<int> c1, Span<int> c2)
    {
        for (var i = 0; i < c0.Length; i++)
        {
            var y = c0[i];
            var u = c1[i];
            var v = c2[i];
            var g = y - ((u + v) >> 2);
            c0[i] = v + g;
            c1[i] = g;
            c2[i] = u + g;
        }
    }

    /// <summary>Inverse ICT (G.3): Y, Cb, Cr to R, G, B in place.</summary>
    public static void InverseIrreversible(Span<float> c0, Span<float> c1, Span<float> c2)
    {
        for (var i = 0; i < c0.Length; i++)
        {
            var y = c0[i];
            var u = c1[i];
            var v = c2[i];
            c0[i] = y + (v * 1.402f);
            c1[i] = y - (u * 0.34413f) - (v * 0.71414f);
            c2[i] = y + (u * 1.772f);
        }
    }
}
