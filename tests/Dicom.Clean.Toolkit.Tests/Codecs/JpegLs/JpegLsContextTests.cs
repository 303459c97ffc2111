using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

namespace Dicom.Clean.Toolkit.Tests.Codecs.JpegLs;

/// <summary>Context statistics: Golomb parameter, bias correction, halving at RESET (T.87 A.5-A.7).</summary>
[TestFixture]
public class JpegLsContextTests
{
    [TestCase(256, 4)]
    [TestCase(4096, 64)]
    [TestCase(65536, 1024)]
    [TestCase(4, 2)]
    public void Initial_GivesAFromRange(int range, int a)
    {
        var context = JpegLsRegularContext.Initial(range);

        Assert.That((context.A, context.B, context.C, context.N), Is.EqualTo((a, 0, 0, 1)));
    }

    [TestCase(4, 1, 2)]
    [TestCase(10, 1, 4)]
    [TestCase(8, 8, 0)]
    [TestCase(9, 8, 1)]
    [TestCase(1000, 3, 9)]
    public void GolombParameter_IsLeastKWithNShiftedReachingA(int a, int n, int k)
    {
        var context = new JpegLsRegularContext { A = a, N = n };

        Assert.That(context.GolombParameter(), Is.EqualTo(k));
    }

    [Test]
    public void Update_PositiveErrors_RaiseCorrectionAndKeepBNonPositive()
    {
        var context = JpegLsRegularContext.Initial(256);

        context.Update(5, 0, 64);

        // A 4 + 5, N 2, B 5 > 0: B - N = 3 still > 0, so C rises and B is clamped to 0.
        Assert.That((context.A, context.B, context.C, context.N), Is.EqualTo((9, 0, 1, 2)));
    }

    [Test]
    public void Update_NegativeErrors_LowerCorrectionAndKeepBAboveMinusN()
    {
        var context = JpegLsRegularContext.Initial(256);

        context.Update(-7, 0, 64);

        // B -7 <= -N (-2): B + N = -5 still <= -2, so B = -N + 1 = -1 and C falls.
        Assert.That((context.A, context.B, context.C, context.N), Is.EqualTo((11, -1, -1, 2)));
    }

    [Test]
    public void Update_NearLossless_AccumulatesDequantizedErrorInB()
    {
        var context = new JpegLsRegularContext { A = 4, B = 0, C = 0, N = 10 };

        context.Update(-1, 3, 64);

        Assert.That((context.A, context.B, context.N), Is.EqualTo((5, -7, 11)));
    }

    [Test]
    public void Update_AtReset_HalvesAAndBAndN()
    {
        var context = new JpegLsRegularContext { A = 100, B = -5, C = 3, N = 64 };

        context.Update(0, 0, 64);

        // A 50, B floor(-5 / 2) = -3, N 32 + 1.
        Assert.That((context.A, context.B, context.C, context.N), Is.EqualTo((50, -3, 3, 33)));
    }

    [Test]
    public void Update_CorrectionSaturatesAtBounds()
    {
        var high = new JpegLsRegularContext { A = 4, B = 0, C = JpegLsRegularContext.MaxC, N = 1 };
        var low = new JpegLsRegularContext { A = 4, B = 0, C = JpegLsRegularContext.MinC, N = 1 };

        high.Update(50, 0, 64);
        low.Update(-50, 0, 64);

        Assert.That((high.C, low.C), Is.EqualTo((127, -128)));
    }

    [Test]
    public void RunErrorValue_InvertsTheEncoderMapping()
    {
        // Encoder side of T.87 A.7.2.2 (map, then EMErrval = 2|Errval| - RItype - map).
        foreach (var type in new[] { 0, 1 })
        {
            foreach (var (n, nn) in new[] { (1, 0), (5, 1), (5, 3), (8, 4) })
            {
                for (var error = -20; error <= 20; error++)
                {
                    if (type == 1 && error == 0)
                    {
                        continue; // RItype 1 never codes a zero error as EMErrval -1.
                    }

                    foreach (var k in new[] { 0, 1, 3 })
                    {
                        var map = (k == 0 && error > 0 && 2 * nn < n) || (error < 0 && 2 * nn >= n) || (error < 0 && k != 0) ? 1 : 0;
                        var mapped = (2 * Math.Abs(error)) - type - map;
                        if (mapped < 0)
                        {
                            continue;
                        }

                        var context = new JpegLsRunContext { A = 4, N = n, Nn = nn, InterruptionType = type };
                        Assert.That(context.ErrorValue(mapped, k), Is.EqualTo(error), $"RItype {type}, N {n}, Nn {nn}, k {k}");
                    }
                }
            }
        }
    }

    [Test]
    public void RunUpdate_CountsNegativesAndHalvesAtReset()
    {
        var context = new JpegLsRunContext { A = 10, N = 4, Nn = 2, InterruptionType = 1 };

        context.Update(-3, 4, 4);

        // Nn 3, A 10 + (4 + 1 - 1) / 2 = 12, then halved at N == RESET: A 6, N 2 + 1, Nn 1.
        Assert.That((context.A, context.N, context.Nn), Is.EqualTo((6, 3, 1)));
    }

    [Test]
    public void RunGolombParameter_AddsHalfNForTypeOne()
    {
        var type0 = new JpegLsRunContext { A = 8, N = 4, InterruptionType = 0 };
        var type1 = new JpegLsRunContext { A = 8, N = 4, InterruptionType = 1 };

        Assert.That((type0.GolombParameter(), type1.GolombParameter()), Is.EqualTo((1, 2)));
    }
}
