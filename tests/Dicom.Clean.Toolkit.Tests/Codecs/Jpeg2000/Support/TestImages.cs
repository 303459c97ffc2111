namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>Deterministic test images: smooth gradients with texture and noise, over the full sample range.</summary>
internal static class TestImages
{
    public static int[][] Create(TestEncoderOptions o, int seed)
    {
        var random = new Random(seed);
        var min = o.Signed ? -(1 << (o.Precision - 1)) : 0;
        var max = o.Signed ? (1 << (o.Precision - 1)) - 1 : (1 << o.Precision) - 1;
        var planes = new int[o.Components][];
        for (var c = 0; c < o.Components; c++)
        {
            var plane = new int[o.Width * o.Height];
            for (var y = 0; y < o.Height; y++)
            {
                for (var x = 0; x < o.Width; x++)
                {
                    var smooth = Math.Sin((x + (7 * c)) / 9.0) * Math.Cos(y / 13.0);
                    var edge = ((x / 11) + (y / 7)) % 2 == 0 ? 0.3 : -0.3;
                    var noise = (random.NextDouble() - 0.5) * 0.2;
                    var v = min + ((max - min) * (0.5 + (0.35 * smooth) + (0.3 * edge * 0.5) + noise));
                    plane[(y * o.Width) + x] = (int)Math.Clamp(Math.Round(v), min, max);
                }
            }

            planes[c] = plane;
        }

        return planes;
    }
}
