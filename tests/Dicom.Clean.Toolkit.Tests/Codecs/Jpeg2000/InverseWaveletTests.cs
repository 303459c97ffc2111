using System.Runtime.InteropServices;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;
using Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000;

[TestFixture]
public sealed class InverseWaveletTests
{
    // Odd origins exercise the parity cases; widths 1-2 and 65+ exercise single samples, narrow
    // column strips and strips split over several passes.
    private static readonly int[] Sizes = [1, 2, 3, 4, 5, 7, 8, 13, 31, 64, 65, 130];

    [Test]
    public void Reversible53_AfterForwardTransform_RestoresEverySampleExactly()
    {
        var random = new Random(53);
        foreach (var (x0, y0, width, height) in Shapes())
        {
            var levels = Math.Min(5, 1 + random.Next(4));
            var resolutions = ForwardWavelet.Resolutions(x0, y0, width, height, levels);
            var original = Enumerable.Range(0, width * height).Select(_ => random.Next(-40000, 40000)).ToArray();
            var data = (int[])original.Clone();
            ForwardWavelet.Reversible(data, width, resolutions);

            InverseWavelet53.Transform(data, 0, width, resolutions);

            Assert.That(data, Is.EqualTo(original), $"origin ({x0},{y0}), {width} x {height}, {levels} levels");
        }
    }

    [Test]
    public void Irreversible97_AfterForwardTransform_RestoresSamplesWithinRounding()
    {
        var random = new Random(97);
        foreach (var (x0, y0, width, height) in Shapes())
        {
            var levels = Math.Min(5, 1 + random.Next(4));
            var resolutions = ForwardWavelet.Resolutions(x0, y0, width, height, levels);
            var original = Enumerable.Range(0, width * height).Select(_ => (double)random.Next(-2048, 2048)).ToArray();
            var coefficients = (double[])original.Clone();
            ForwardWavelet.Irreversible(coefficients, width, resolutions);
            var data = coefficients.Select(v => (float)v).ToArray();

            InverseWavelet97.Transform(data, 0, width, resolutions);

            var worst = data.Select((v, i) => Math.Abs(v - original[i])).Max();
            Assert.That(worst, Is.LessThan(0.01), $"origin ({x0},{y0}), {width} x {height}, {levels} levels");
        }
    }

    [Test]
    public void Reversible53_InsideALargerPlane_LeavesTheSurroundingSamplesAlone()
    {
        // A 13 x 9 tile-component at (5, 3) inside a 40 x 20 plane, as tiles sit in the decoder.
        var random = new Random(7);
        var resolutions = ForwardWavelet.Resolutions(1, 0, 13, 9, 3);
        var tile = Enumerable.Range(0, 13 * 9).Select(_ => random.Next(-500, 500)).ToArray();
        var coefficients = (int[])tile.Clone();
        ForwardWavelet.Reversible(coefficients, 13, resolutions);
        var plane = Enumerable.Repeat(12345, 40 * 20).ToArray();
        for (var y = 0; y < 9; y++)
        {
            coefficients.AsSpan(y * 13, 13).CopyTo(plane.AsSpan(((3 + y) * 40) + 5));
        }

        InverseWavelet53.Transform(plane, (3 * 40) + 5, 40, resolutions);

        var restored = Enumerable.Range(0, 9).SelectMany(y => plane.AsSpan(((3 + y) * 40) + 5, 13).ToArray()).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(restored, Is.EqualTo(tile));
            Assert.That(plane.Count(v => v == 12345), Is.EqualTo((40 * 20) - (13 * 9)));
        });
    }

    private static IEnumerable<(int X0, int Y0, int Width, int Height)> Shapes()
    {
        foreach (var w in Sizes)
        {
            foreach (var h in Sizes)
            {
                if (w * h > 130 * 13)
                {
                    continue;
                }

                yield return ((w + h) & 1, (w * h) & 1, w, h);
                yield return (3, 1, w, h);
            }
        }
    }
}
