using System.Runtime.InteropServices;
using Dicom.Clean.Toolkit.Imaging;
using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Rendering;
using Dicom.Clean.Toolkit.Tests.Imaging.Support;

namespace Dicom.Clean.Toolkit.Tests.Imaging;

/// <summary>Each VOI function and LUT stage against values worked out from the PS3.3 C.11 formulas.</summary>
public sealed class GrayscaleRenderingTests
{
    private static readonly int[] Ramp = Enumerable.Range(0, 256).Select(i => i * 16).ToArray();

    [Test]
    public void Render_LinearWindow_FollowsTheStandardFormula()
    {
        const double c = 2000, w = 1001;
        var output = Render(Image() with { Windows = [new VoiWindow(c, w)] }, Ramp);

        for (var i = 0; i < Ramp.Length; i++)
        {
            double x = Ramp[i];
            var expected = x <= c - 0.5 - ((w - 1) / 2) ? 0
                : x > c - 0.5 + ((w - 1) / 2) ? 255
                : (int)((((x - (c - 0.5)) / (w - 1)) + 0.5) * 255);
            Assert.That(output[i], Is.EqualTo(expected).Within(1e-9), $"x = {x}");
        }
    }

    [Test]
    public void Render_LinearExactWindow_FollowsTheStandardFormula()
    {
        const double c = 2000, w = 1000;
        var image = Image() with { Windows = [new VoiWindow(c, w)], VoiLutFunction = VoiLutFunction.LinearExact };

        var output = Render(image, Ramp);

        for (var i = 0; i < Ramp.Length; i++)
        {
            double x = Ramp[i];
            var expected = x <= c - (w / 2) ? 0 : x > c + (w / 2) ? 255 : (int)((((x - c) / w) + 0.5) * 255);
            Assert.That(output[i], Is.EqualTo(expected), $"x = {x}");
        }
    }

    [Test]
    public void Render_SigmoidWindow_FollowsTheStandardFormula()
    {
        const double c = 2000, w = 800;
        var image = Image() with { Windows = [new VoiWindow(c, w)], VoiLutFunction = VoiLutFunction.Sigmoid };

        var output = Render(image, Ramp);

        for (var i = 0; i < Ramp.Length; i++)
        {
            var expected = (int)(255 / (1 + Math.Exp(-4 * (Ramp[i] - c) / w)));
            Assert.That(output[i], Is.EqualTo(expected), $"x = {Ramp[i]}");
        }
    }

    [Test]
    public void Render_Monochrome1_InvertsTheWindow()
    {
        var window = new VoiWindow(2000, 1001);
        var normal = Render(Image() with { Windows = [window] }, Ramp);
        var inverted = Render(Image() with { Windows = [window], PhotometricInterpretation = PhotometricInterpretations.Monochrome1 }, Ramp);

        Assert.Multiple(() =>
        {
            Assert.That(inverted[0], Is.EqualTo(255));
            Assert.That(inverted[^1], Is.EqualTo(0));
            for (var i = 0; i < Ramp.Length; i++)
            {
                Assert.That(inverted[i], Is.EqualTo(255 - normal[i]).Within(1), $"x = {Ramp[i]}");
            }
        });
    }

    [Test]
    public void Render_Monochrome1WithIdentityShape_IsNotInverted()
    {
        var window = new VoiWindow(2000, 1001);
        var normal = Render(Image() with { Windows = [window] }, Ramp);
        var image = Image() with
        {
            Windows = [window],
            PhotometricInterpretation = PhotometricInterpretations.Monochrome1,
            PresentationLutShape = PresentationLutShape.Identity,
        };

        Assert.That(Render(image, Ramp), Is.EqualTo(normal));
    }

    [Test]
    public void Render_InverseShapeOnMonochrome2_IsInverted()
    {
        var image = Image() with { Windows = [new VoiWindow(2000, 1001)], PresentationLutShape = PresentationLutShape.Inverse };

        var output = Render(image, Ramp);

        Assert.That((output[0], output[^1]), Is.EqualTo(((byte)255, (byte)0)));
    }

    [Test]
    public void Render_RescaleIsAppliedBeforeTheWindow()
    {
        // CT: stored 1024 with intercept -1024 is 0 HU, inside a 0/101 window whose edges are -50.5 and 49.5.
        var image = Image(bitsStored: 16, highBit: 15) with { Rescale = new RescaleTransform(1, -1024), Windows = [new VoiWindow(0, 101)] };

        var output = Render(image, [973, 1024, 1075]);

        Assert.That(output, Is.EqualTo(new byte[] { 0, (int)((0.5 / 100 + 0.5) * 255), 255 }));
    }

    [Test]
    public void Render_MinMax_StretchesTheFrameRange()
    {
        var output = Render(Image(), [100, 150, 200, 300], VoiOptions.MinMax);

        Assert.Multiple(() =>
        {
            Assert.That(output[0], Is.EqualTo(0));
            Assert.That(output[3], Is.EqualTo(255));
            Assert.That(output[1], Is.EqualTo((int)((((150 - 200.0) / 200) + 0.5) * 255)));
        });
    }

    [Test]
    public void Render_AutomaticWithoutWindowOrLut_UsesMinMax()
    {
        var values = new[] { 100, 150, 200, 300 };

        Assert.That(Render(Image(), values), Is.EqualTo(Render(Image(), values, VoiOptions.MinMax)));
    }

    [Test]
    public void Render_AutomaticWithVoiLutButNoWindow_UsesTheLut()
    {
        // 12-bit entries scaled to 8 bits: entry * 256 / 4096.
        var lut = new LookupTableData(4, 100, 12, new ushort[] { 0, 1000, 3000, 4095 });
        var output = Render(Image() with { VoiLuts = [lut] }, [50, 100, 101, 102, 103, 500]);

        Assert.That(output, Is.EqualTo(new byte[] { 0, 0, 62, 187, 255, 255 }));
    }

    [Test]
    public void Render_VoiLutWithEightBitEntriesPackedInWords_UnpacksLowByteFirst()
    {
        var lut = new LookupTableData(4, 0, 8, new ushort[] { 0x4000, 0xFF80 });

        var output = Render(Image(), [0, 1, 2, 3], VoiOptions.FromLookupTable(0), image => image with { VoiLuts = [lut] });

        Assert.That(output, Is.EqualTo(new byte[] { 0, 64, 128, 255 }));
    }

    [Test]
    public void Render_VoiLutWithEqualEntries_MapsEverythingToOneValue()
    {
        var lut = new LookupTableData(3, 0, 12, new ushort[] { 2048, 2048, 2048 });

        var output = Render(Image() with { VoiLuts = [lut] }, [0, 1, 4000]);

        Assert.That(output, Is.EqualTo(new byte[] { 128, 128, 128 }));
    }

    [Test]
    public void Render_ModalityLut_MapsStoredValuesBeforeTheWindow()
    {
        var modality = new LookupTableData(3, 10, 16, new ushort[] { 1000, 2000, 3000 });
        var image = Image() with { ModalityLut = modality, Windows = [new VoiWindow(2000.5, 2000)] };

        var output = Render(image, [5, 10, 11, 12, 40]);

        Assert.That(output, Is.EqualTo(new byte[] { 0, 0, 127, 255, 255 }));
    }

    [Test]
    public void Render_CustomWindow_OverridesTheStoredOne()
    {
        var image = Image() with { Windows = [new VoiWindow(10_000, 10)] };

        var output = Render(image, [0, 4095], VoiOptions.Custom(2047.5, 4096));

        Assert.That(output, Is.EqualTo(new byte[] { 0, 255 }));
    }

    [Test]
    public void Render_WindowWidthBelowOne_ScalesTheWholeRange()
    {
        var output = Render(Image() with { Windows = [new VoiWindow(2000, 0.5)] }, [0, 2048, 4095]);

        Assert.That(output, Is.EqualTo(new byte[] { 0, 128, 255 }));
    }

    [Test]
    public void Render_MissingWindowIndex_Throws()
    {
        Assert.Throws<DicomException>(() => Render(Image(), [1], VoiOptions.FromWindow(1)));
    }

    [Test]
    public void Render_BitsAboveHighBit_AreIgnored()
    {
        var clean = Render(Image() with { Windows = [new VoiWindow(2048, 4096)] }, [0, 1000, 4095]);
        var noisy = Render(Image() with { Windows = [new VoiWindow(2048, 4096)] }, [0xF000, 0x5000 | 1000, 0xA000 | 4095]);

        Assert.That(noisy, Is.EqualTo(clean));
    }

    [Test]
    public void Render_Signed12Bit_IsSignExtended()
    {
        // 0x800 is -2048 and 0x7FF is 2047 in 12-bit two's complement.
        var image = Image(signed: true) with { Windows = [new VoiWindow(0, 4096)] };

        var output = Render(image, [0x800, 0x000, 0x7FF]);

        Assert.That(output, Is.EqualTo(new byte[] { 0, 127, 255 }));
    }

    [Test]
    public void Render_FrameFunctionalGroupWindow_IsUsedForItsFrame()
    {
        var image = Image() with
        {
            NumberOfFrames = 2,
            Windows = [new VoiWindow(100, 10)],
            PerFrame = [new FrameFunctionalValues([new VoiWindow(100, 10)]), new FrameFunctionalValues([new VoiWindow(2047.5, 4096)])],
        };

        var withGroups = Render(image, [0, 4095], frameIndex: 1);
        var without = Render(image, [0, 4095], VoiOptions.Automatic, frameIndex: 1, useFunctionalGroups: false);

        Assert.Multiple(() =>
        {
            Assert.That(withGroups, Is.EqualTo(new byte[] { 0, 255 }));
            Assert.That(without, Is.EqualTo(new byte[] { 0, 255 }));
            Assert.That(
                Render(image, [99, 101], VoiOptions.Automatic, frameIndex: 1, useFunctionalGroups: false),
                Is.EqualTo(new[] { (byte)((((99 - 99.5) / 9) + 0.5) * 255), (byte)((((101 - 99.5) / 9) + 0.5) * 255) }));
            Assert.That(Render(image, [99, 101], frameIndex: 1), Is.EqualTo(new byte[] { 6, 6 }));
        });
    }

    [Test]
    public void Render_ThirtyTwoBitWiderThanATable_UsesTheSameFormula()
    {
        var image = Image(bitsAllocated: 32, bitsStored: 32, highBit: 31) with { Windows = [new VoiWindow(2_000_000_000, 2_000_000_001)] };
        var values = new long[] { 0, 999_999_999, 1_500_000_000, 3_000_000_000, 4_000_000_000 };

        using var frame = FrameRenderer.Render(image with { Columns = values.Length }, 0, PixelBuffers.UInt32(values));

        Assert.That(frame.Pixels.ToArray(), Is.EqualTo(new byte[] { 0, 0, 63, 255, 255 }));
    }

    [Test]
    public void Render_FloatPixelData_WindowsTheFloatValues()
    {
        var image = Image(bitsAllocated: 32, bitsStored: 32, highBit: 31) with
        {
            Columns = 4,
            SampleFormat = PixelSampleFormat.Float32,
            Windows = [new VoiWindow(0.5, 2)],
        };
        var floats = new[] { -1f, 0f, 1f, float.NaN };

        using var frame = FrameRenderer.Render(image, 0, MemoryMarshal.AsBytes(floats.AsSpan()));

        // Edges at -0.5 and 0.5: 0 falls halfway; NaN renders black.
        Assert.That(frame.Pixels.ToArray(), Is.EqualTo(new byte[] { 0, 127, 255, 0 }));
    }

    [Test]
    public void Render_DoubleFloatMinMax_StretchesTheFiniteRange()
    {
        var image = Image(bitsAllocated: 64, bitsStored: 64, highBit: 63) with { Columns = 3, SampleFormat = PixelSampleFormat.Float64 };
        var doubles = new[] { -0.25, double.PositiveInfinity, 0.75 };

        using var frame = FrameRenderer.Render(image, 0, MemoryMarshal.AsBytes(doubles.AsSpan()));

        Assert.That((frame.Pixels[0], frame.Pixels[2]), Is.EqualTo(((byte)0, (byte)255)));
    }

    [Test]
    public void Render_Modality16_WritesRescaledValuesWithAnOffset()
    {
        var image = Image(bitsStored: 16, highBit: 15, signed: true) with { Columns = 3, Rescale = new RescaleTransform(1, -1024) };
        var options = new RenderOptions { Output = RenderOutput.Modality16 };

        using var frame = FrameRenderer.Render(image, 0, PixelBuffers.UInt16([0, 1024, 3000]), options: options);
        var words = MemoryMarshal.Cast<byte, ushort>(frame.Pixels).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(frame.Format, Is.EqualTo(RenderedPixelFormat.Gray16));
            Assert.That(frame.ModalityOffset, Is.EqualTo(-32768 - 1024));
            Assert.That(words.Select(w => w + frame.ModalityOffset), Is.EqualTo(new long[] { -1024, 0, 1976 }));
        });
    }

    [Test]
    public void Render_Modality16UnsignedInRange_HasNoOffset()
    {
        var options = new RenderOptions { Output = RenderOutput.Modality16 };

        using var frame = FrameRenderer.Render(Image() with { Columns = 2 }, 0, PixelBuffers.UInt16([7, 4095]), options: options);

        Assert.Multiple(() =>
        {
            Assert.That(frame.ModalityOffset, Is.Zero);
            Assert.That(MemoryMarshal.Cast<byte, ushort>(frame.Pixels).ToArray(), Is.EqualTo(new ushort[] { 7, 4095 }));
        });
    }

    [Test]
    public void Render_CodecReportsOtherPrecision_UsesTheDecodedPrecision()
    {
        // The data set says 12 bits signed, the codestream delivered 13-bit unsigned samples.
        var image = Image(signed: true) with { Columns = 2 };
        var decoded = new DecodedFrameInfo(PhotometricInterpretations.Monochrome2, 13, false);

        using var frame = FrameRenderer.Render(image, 0, PixelBuffers.UInt16([0, 8191]), decoded, new RenderOptions { Voi = VoiOptions.MinMax });

        Assert.That(frame.Pixels.ToArray(), Is.EqualTo(new byte[] { 0, 255 }));
    }

    [Test]
    public void Render_AppliedWindow_ReportsTheMinMaxWindow()
    {
        using var frame = FrameRenderer.Render(Image() with { Columns = 2 }, 0, PixelBuffers.UInt16([100, 300]));

        Assert.That(frame.AppliedWindow, Is.EqualTo(new VoiWindow(200.5, 201, "Min-Max Window")));
    }

    [Test]
    public void Render_FrameShorterThanDeclared_Throws()
    {
        var error = Assert.Throws<DicomException>(() => FrameRenderer.Render(Image() with { Columns = 4 }, 3, new byte[6]));

        Assert.That(error!.Frame, Is.EqualTo(3));
    }

    [Test]
    public void Render_FrameTooLargeForOneBuffer_ThrowsDicomException()
    {
        var image = Image() with { Rows = 65535, Columns = 65535 };

        Assert.Throws<DicomException>(() => FrameRenderer.Render(image, 0, []));
    }

    private static ImagePixelAttributes Image(int bitsAllocated = 16, int bitsStored = 12, int highBit = 11, bool signed = false) => new()
    {
        Rows = 1,
        Columns = 1,
        BitsAllocated = bitsAllocated,
        BitsStored = bitsStored,
        HighBit = highBit,
        IsSigned = signed,
        PhotometricInterpretation = PhotometricInterpretations.Monochrome2,
    };

    private static byte[] Render(
        ImagePixelAttributes image, int[] values, VoiOptions? voi = null, Func<ImagePixelAttributes, ImagePixelAttributes>? adjust = null,
        int frameIndex = 0, bool useFunctionalGroups = true)
    {
        image = image with { Columns = values.Length };
        image = adjust?.Invoke(image) ?? image;
        var options = new RenderOptions { Voi = voi ?? VoiOptions.Automatic, UseFrameFunctionalGroups = useFunctionalGroups };
        using var frame = FrameRenderer.Render(image, frameIndex, PixelBuffers.UInt16(values), options: options);
        return frame.Pixels.ToArray();
    }

    private static byte[] Render(ImagePixelAttributes image, int[] values, VoiOptions voi, int frameIndex, bool useFunctionalGroups = true) =>
        Render(image, values, voi, null, frameIndex, useFunctionalGroups);

    private static byte[] Render(ImagePixelAttributes image, int[] values, int frameIndex) =>
        Render(image, values, null, null, frameIndex);
}
