namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;

/// <summary>One component of a test image: sampling factors and its samples at its own resolution.</summary>
internal sealed record JpegTestComponent(int Id, int H, int V, ushort[] Samples);

/// <summary>
/// An image to encode in tests: geometry, precision and components whose sample arrays hold
/// ceil(Width * H / Hmax) x ceil(Height * V / Vmax) values each (T.81 A.1.1).
/// </summary>
internal sealed record JpegTestImage(int Width, int Height, int Precision, JpegTestComponent[] Components)
{
    public int MaxH => Components.Max(c => c.H);

    public int MaxV => Components.Max(c => c.V);

    public int ComponentWidth(JpegTestComponent c) => (Width * c.H + MaxH - 1) / MaxH;

    public int ComponentHeight(JpegTestComponent c) => (Height * c.V + MaxV - 1) / MaxV;

    /// <summary>
    /// A deterministic image: smooth gradients plus pseudo-random texture, different per component,
    /// covering the whole sample range so that large differences and coefficients occur.
    /// </summary>
    public static JpegTestImage Synthetic(int width, int height, int precision, int components = 1, int seed = 1, (int H, int V)[]? sampling = null)
    {
        sampling ??= Enumerable.Repeat((1, 1), components).ToArray();
        var maxH = sampling.Max(s => s.H);
        var maxV = sampling.Max(s => s.V);
        var max = (1 << precision) - 1;
        var random = new Random(seed);
        var result = new JpegTestComponent[components];
        for (var i = 0; i < components; i++)
        {
            var (h, v) = sampling[i];
            var w = (width * h + maxH - 1) / maxH;
            var ht = (height * v + maxV - 1) / maxV;
            var samples = new ushort[w * ht];
            for (var y = 0; y < ht; y++)
            {
                for (var x = 0; x < w; x++)
                {
                    var smooth = (Math.Sin((x + (i * 7)) / 9.0) + Math.Cos((y - (i * 5)) / 13.0) + 2) / 4;
                    var texture = random.NextDouble() * 0.25 * ((x / 16 + y / 16) % 3);
                    var value = (smooth * 0.8 + texture) * max;
                    samples[(y * w) + x] = (ushort)Math.Clamp((int)value, 0, max);
                }
            }

            result[i] = new JpegTestComponent(i + 1, h, v, samples);
        }

        return new JpegTestImage(width, height, precision, result);
    }
}
