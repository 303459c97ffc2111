using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg;

[TestFixture]
public sealed class JpegIdctTests
{
    [TestCase(8)]
    [TestCase(12)]
    public void Transform_VectorAndScalarPaths_GiveIdenticalSamples(int precision)
    {
        // The dispatching Transform uses AVX2 where available and safe; either way it must equal the
        // scalar reference: ordinary blocks, blocks right at the vector path's overflow bound
        // (|coefficient * quantizer| up to 34998), and out-of-range blocks that must fall back.
        var random = new Random(precision);
        var ordinary = Enumerable.Range(0, 64).Select(i => 1 + random.Next(precision == 8 ? 60 : 200)).ToArray();
        var twos = Enumerable.Repeat(2, 64).ToArray();
        var coefficients = new short[64];
        var vector = new ushort[8 * 11];
        var scalar = new ushort[8 * 11];
        for (var block = 0; block < 3000; block++)
        {
            var (quant, limit, density) = (block % 3) switch
            {
                0 => (ordinary, 64, 4),
                1 => (twos, 17499, 1),
                _ => (ordinary, 2047, 4),
            };
            for (var i = 0; i < 64; i++)
            {
                coefficients[i] = (short)(i < 10 || random.Next(density) == 0 ? random.Next(-limit, limit + 1) : 0);
            }

            JpegIdct.Transform(coefficients, quant, precision, vector, 11);
            JpegIdct.TransformScalar(coefficients, quant, precision, scalar, 11);
            Assert.That(vector, Is.EqualTo(scalar), $"block {block}");
        }
    }

    [TestCase(8, 5, 16, 138)]
    [TestCase(8, -100, 16, 0)]
    [TestCase(12, 40, 10, 2098)]
    public void TransformDcOnly_FillsTheBlockWithTheFullTransformsValue(int precision, short dc, int quant, int expected)
    {
        // 8-bit: 128 + 5 * 16 / 8 = 138; 12-bit: 2048 + 40 * 10 / 8 = 2098; large negatives clamp to 0.
        var coefficients = new short[64];
        coefficients[0] = dc;
        var quantTable = Enumerable.Repeat(quant, 64).ToArray();
        var full = new ushort[64];
        var shortcut = new ushort[64];

        JpegIdct.TransformScalar(coefficients, quantTable, precision, full, 8);
        JpegIdct.TransformDcOnly(dc, quant, precision, shortcut, 8);

        Assert.That(shortcut, Is.EqualTo(full));
        Assert.That(shortcut, Has.All.EqualTo(expected));
    }
}
