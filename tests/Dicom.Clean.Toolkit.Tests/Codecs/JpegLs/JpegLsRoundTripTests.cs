using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

namespace Dicom.Clean.Toolkit.Tests.Codecs.JpegLs;

/// <summary>
/// Streams built in code by <see cref="JpegLsTestEncoder"/>: every bit depth, NEAR, interleave mode,
/// restart intervals, preset parameters and colour transforms decode to what the encoder reconstructed.
/// </summary>
[TestFixture]
public class JpegLsRoundTripTests
{
    private static IEnumerable<TestCaseData> DepthCases()
    {
        for (var precision = 2; precision <= 16; precision++)
        {
            foreach (var near in new[] { 0, 1, 3 })
            {
                if (near <= ((1 << precision) - 1) / 2)
                {
                    yield return new TestCaseData(precision, near).SetArgDisplayNames($"P{precision}", $"NEAR{near}");
                }
            }
        }
    }

    [TestCaseSource(nameof(DepthCases))]
    public void Decode_EveryDepthAndInterleaveMode_GivesEncoderReconstruction(int precision, int near)
    {
        var planes = JpegLsTestImages.Create(23, 41, 3, (1 << precision) - 1, (uint)((precision * 7) + near));
        for (var interleave = 0; interleave <= 2; interleave++)
        {
            var (stream, expected) = JpegLsTestEncoder.Encode(planes, 23, 41, new JpegLsTestOptions(precision, near, interleave));

            var decoded = JpegLsPlanarImage.Decode(stream);

            AssertPlanes(decoded, expected, $"ILV {interleave}");
            AssertWithinNear(expected, planes, near);
        }
    }

    [TestCase(0, 1)]
    [TestCase(0, 7)]
    [TestCase(1, 1)]
    [TestCase(1, 5)]
    [TestCase(2, 3)]
    [TestCase(2, 13)]
    public void Decode_WithRestartIntervals_GivesEncoderReconstruction(int interleave, int interval)
    {
        var planes = JpegLsTestImages.Create(37, 40, 3, 4095, 11);
        var (stream, expected) = JpegLsTestEncoder.Encode(planes, 37, 40, new JpegLsTestOptions(12, 0, interleave, interval));

        Assert.That(stream.Skip(20).Where((b, i) => b == 0xFF && i + 21 < stream.Length && stream[i + 21] is >= 0xD0 and <= 0xD7).Count(),
            Is.GreaterThan(0), "the stream has restart markers");
        AssertPlanes(JpegLsPlanarImage.Decode(stream), expected, "restarts");
    }

    [Test]
    public void Decode_WithRestartIntervalsNearLossless_GivesEncoderReconstruction()
    {
        var planes = JpegLsTestImages.Create(64, 33, 1, 65535, 5);
        var (stream, expected) = JpegLsTestEncoder.Encode(planes, 64, 33, new JpegLsTestOptions(16, 2, 0, 4));

        AssertPlanes(JpegLsPlanarImage.Decode(stream), expected, "restarts");
    }

    [TestCase(8, 0, 9, 9, 9, 0)]
    [TestCase(8, 0, 0, 0, 0, 0)]
    [TestCase(12, 2000, 0, 0, 0, 0)]
    [TestCase(12, 0, 10, 40, 300, 2)]
    [TestCase(16, 40000, 0, 0, 0, 2)]
    public void Decode_WithPresetParameters_UsesThem(int precision, int maxVal, int t1, int t2, int t3, int near)
    {
        var preset = new JpegLsCodingParameters(maxVal, t1, t2, t3, t1 == 9 ? 31 : 0);
        var planes = JpegLsTestImages.Create(30, 24, 1, maxVal == 0 ? (1 << precision) - 1 : maxVal, 3);
        var (stream, expected) = JpegLsTestEncoder.Encode(planes, 30, 24, new JpegLsTestOptions(precision, near, Preset: preset));

        AssertPlanes(JpegLsPlanarImage.Decode(stream), expected, "preset");
    }

    [Test]
    public void Decode_WithPresetParametersOutOfRange_ThrowsDicomException()
    {
        var planes = JpegLsTestImages.Create(8, 8, 1, 255, 3);
        var (stream, _) = JpegLsTestEncoder.Encode(planes, 8, 8, new JpegLsTestOptions(8));
        // An LSE type 1 segment with T1 > MAXVAL, inserted after SOF55 (SOI 2 bytes, SOF55 13).
        byte[] lse = [0xFF, 0xF8, 0, 13, 1, 0, 255, 1, 0, 0, 0, 0, 0, 0, 0];
        var damaged = stream[..15].Concat(lse).Concat(stream[15..]).ToArray();

        var error = Assert.Throws<DicomException>(() => JpegLsPlanarImage.Decode(damaged));

        Assert.That(error!.Reason, Does.Contain("preset coding parameters"));
        Assert.That(error.Offset, Is.EqualTo(15));
    }

    [TestCase(1, 8, 1)]
    [TestCase(2, 8, 2)]
    [TestCase(3, 8, 1)]
    [TestCase(1, 16, 2)]
    [TestCase(2, 16, 1)]
    [TestCase(3, 16, 2)]
    public void Decode_WithHpColorTransform_UndoesIt(int transform, int precision, int interleave)
    {
        var planes = JpegLsTestImages.Create(19, 26, 3, (1 << precision) - 1, 17);
        var (stream, expected) = JpegLsTestEncoder.Encode(planes, 19, 26, new JpegLsTestOptions(precision, 0, interleave, ColorTransform: transform));

        var decoded = JpegLsPlanarImage.Decode(stream);

        Assert.That(decoded.ColorTransform, Is.EqualTo((JpegLsColorTransform)transform));
        AssertPlanes(decoded, expected, "transform");
        AssertPlanes(decoded, planes, "lossless transform returns the original");
    }

    [Test]
    public void DecodeFrame_WithHpColorTransform_ReportsRgb()
    {
        var planes = JpegLsTestImages.Create(5, 4, 3, 255, 2);
        var (stream, _) = JpegLsTestEncoder.Encode(planes, 5, 4, new JpegLsTestOptions(8, 0, 2, ColorTransform: 1));
        var frame = new FrameDescriptor(4, 5, 3, 8, 8, false, "YBR_FULL", 0);
        var output = new byte[frame.DecodedLength];

        var info = new JpegLsDecoder().Decode(stream, frame, 0, output);

        Assert.That(info.PhotometricInterpretation, Is.EqualTo("RGB"));
        Assert.That(output, Is.EqualTo(Interleave(planes, 1)));
    }

    [Test]
    public void Decode_NearLosslessAfterLosslessOnOneThread_DoesNotReuseStaleTables()
    {
        // Regression: the pooled quantization table kept a lossless scan's entries in the
        // [-NEAR, NEAR] band, which a later near-lossless scan of the same depth must overwrite.
        var planes = JpegLsTestImages.Create(40, 40, 1, 255, 8);
        var (lossless, _) = JpegLsTestEncoder.Encode(planes, 40, 40, new JpegLsTestOptions(8, 0));
        var (nearLossless, expected) = JpegLsTestEncoder.Encode(planes, 40, 40, new JpegLsTestOptions(8, 3));

        JpegLsPlanarImage.Decode(lossless);
        var decoded = JpegLsPlanarImage.Decode(nearLossless);

        AssertPlanes(decoded, expected, "near-lossless after lossless");
    }

    [TestCase(1, 1)]
    [TestCase(1, 9)]
    [TestCase(9, 1)]
    [TestCase(2, 2)]
    public void Decode_TinyImages_GiveEncoderReconstruction(int width, int height)
    {
        var planes = JpegLsTestImages.Create(width, height, 3, 255, 9);
        for (var interleave = 0; interleave <= 2; interleave++)
        {
            var (stream, expected) = JpegLsTestEncoder.Encode(planes, width, height, new JpegLsTestOptions(8, 0, interleave));

            AssertPlanes(JpegLsPlanarImage.Decode(stream), expected, $"ILV {interleave}");
        }
    }

    [Test]
    public void DecodeFrame_SignedTwelveBit_SignExtendsToSixteen()
    {
        // Stored values 0x800 and 0xFFF are -2048 and -1 in 12-bit two's complement.
        ushort[][] planes = [[0x000, 0x7FF, 0x800, 0xFFF]];
        var (stream, _) = JpegLsTestEncoder.Encode(planes, 4, 1, new JpegLsTestOptions(12));
        var frame = new FrameDescriptor(1, 4, 1, 16, 12, true, "MONOCHROME2", 0);
        var output = new byte[frame.DecodedLength];

        var info = new JpegLsDecoder().Decode(stream, frame, 0, output);

        var values = Enumerable.Range(0, 4).Select(i => BitConverter.ToInt16(output, 2 * i)).ToArray();
        Assert.That(values, Is.EqualTo(new short[] { 0, 2047, -2048, -1 }));
        Assert.That(info, Is.EqualTo(new DecodedFrameInfo("MONOCHROME2", 12, true)));
    }

    [Test]
    public void DecodeFrame_SignedTwelveBitStoredInSixteenBitStream_SignExtendsEitherEncoding()
    {
        // P = 16 with Bits Stored 12: -1 may be coded as 0x0FFF or already extended as 0xFFFF.
        ushort[][] planes = [[0x0FFF, 0xFFFF, 0x0800, 0x07FF]];
        var (stream, _) = JpegLsTestEncoder.Encode(planes, 4, 1, new JpegLsTestOptions(16));
        var frame = new FrameDescriptor(1, 4, 1, 16, 12, true, "MONOCHROME2", 0);
        var output = new byte[frame.DecodedLength];

        var info = new JpegLsDecoder().Decode(stream, frame, 0, output);

        var values = Enumerable.Range(0, 4).Select(i => BitConverter.ToInt16(output, 2 * i)).ToArray();
        Assert.That(values, Is.EqualTo(new short[] { -1, -1, -2048, 2047 }));
        Assert.That(info.BitsStored, Is.EqualTo(12));
    }

    [Test]
    public void DecodeFrame_EightBitStreamInSixteenBitFrame_WritesTwoBytesPerSample()
    {
        ushort[][] planes = [[1, 2, 250, 255]];
        var (stream, _) = JpegLsTestEncoder.Encode(planes, 2, 2, new JpegLsTestOptions(8));
        var frame = new FrameDescriptor(2, 2, 1, 16, 8, false, "MONOCHROME2", 0);
        var output = new byte[frame.DecodedLength];

        new JpegLsDecoder().Decode(stream, frame, 0, output);

        Assert.That(output, Is.EqualTo(new byte[] { 1, 0, 2, 0, 250, 0, 255, 0 }));
    }

    internal static byte[] Interleave(ushort[][] planes, int bytesPerSample)
    {
        var count = planes[0].Length;
        var output = new byte[count * planes.Length * bytesPerSample];
        for (var i = 0; i < count; i++)
        {
            for (var c = 0; c < planes.Length; c++)
            {
                var at = ((i * planes.Length) + c) * bytesPerSample;
                output[at] = (byte)planes[c][i];
                if (bytesPerSample == 2)
                {
                    output[at + 1] = (byte)(planes[c][i] >> 8);
                }
            }
        }

        return output;
    }

    private static void AssertPlanes(JpegLsPlanarImage decoded, ushort[][] expected, string what)
    {
        Assert.That(decoded.Planes, Has.Count.EqualTo(expected.Length), what);
        for (var c = 0; c < expected.Length; c++)
        {
            Assert.That(decoded.Planes[c], Is.EqualTo(expected[c]), $"{what}, component {c}");
        }
    }

    private static void AssertWithinNear(ushort[][] reconstructed, ushort[][] original, int near)
    {
        for (var c = 0; c < original.Length; c++)
        {
            var worst = original[c].Zip(reconstructed[c], (a, b) => Math.Abs(a - b)).Max();
            Assert.That(worst, Is.LessThanOrEqualTo(near), $"encoder reconstruction of component {c}");
        }
    }
}
