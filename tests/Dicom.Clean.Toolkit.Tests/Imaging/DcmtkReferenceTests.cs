using Dicom.Clean.Toolkit.Imaging;
using Dicom.Clean.Toolkit.Imaging.Native;
using Dicom.Clean.Toolkit.Imaging.Rendering;
using Dicom.Clean.Toolkit.Tests.Imaging.Support;

namespace Dicom.Clean.Toolkit.Tests.Imaging;

/// <summary>
/// Renders images whose DCMTK rendering is known and requires the same bytes. The expected
/// checksums are sha256 of the pixel bytes of <c>dcmj2pnm +F 1 [+Wi 1 | +Wl 1 | +Wm]</c> (DCMTK
/// 3.6.7, Debian 12) run on DICOM files that <c>Support/dcmtk_references.py</c> writes from the
/// same <see cref="TestPattern"/> values; rerun the script to regenerate them.
/// </summary>
public sealed class DcmtkReferenceTests
{
    private const int Side = 32;

    [Test]
    public void Render_Mr12BitWithWindowAndNoiseAboveHighBit_MatchesDcmj2pnm()
    {
        var stored = PixelBuffers.Stored(TestPattern.Values(Side * Side, 0, 4095), 12, 11, noiseSalt: 99);
        var image = Gray(16, 12, 11, signed: false) with { Windows = [new VoiWindow(600, 1200)] };

        AssertRendersTo(image, PixelBuffers.UInt16(stored), VoiOptions.FromWindow(0),
            "e6a11c4511434d6f6b3436b84833acf49e887cd7c8d0d6b29848fb660f696d46");
    }

    [Test]
    public void Render_CtWithRescaleAndWindow_MatchesDcmj2pnm()
    {
        var stored = PixelBuffers.Stored(TestPattern.Values(Side * Side, -1200, 3000), 16, 15);
        var image = Gray(16, 16, 15, signed: true) with
        {
            Windows = [new VoiWindow(40, 400)],
            Rescale = new RescaleTransform(1, -1024),
        };

        AssertRendersTo(image, PixelBuffers.UInt16(stored), VoiOptions.FromWindow(0),
            "e3ee2c3221ebd6da74586f118d94c5d2c7973b4cf1746c0d26f1ce572b91c92c");
    }

    [Test]
    public void Render_Monochrome1WithWindow_MatchesDcmj2pnm()
    {
        var stored = PixelBuffers.Stored(TestPattern.Values(Side * Side, 0, 4095), 12, 11);
        var image = Gray(16, 12, 11, signed: false) with
        {
            PhotometricInterpretation = PhotometricInterpretations.Monochrome1,
            Windows = [new VoiWindow(2000, 3001)],
        };

        AssertRendersTo(image, PixelBuffers.UInt16(stored), VoiOptions.FromWindow(0),
            "e89f5025dfa30157fa7510997a4f32a6ad2ce4f69bed3b76afca170839f71808");
    }

    [Test]
    public void Render_Signed12BitMinMaxWithNoise_MatchesDcmj2pnm()
    {
        var stored = PixelBuffers.Stored(TestPattern.Values(Side * Side, -2048, 2047), 12, 11, noiseSalt: 99);
        var image = Gray(16, 12, 11, signed: true);

        AssertRendersTo(image, PixelBuffers.UInt16(stored), VoiOptions.MinMax,
            "18a0a73632e72b6146537643649d190459a21e02ab8e1c8f63e48cdc7e158365");
    }

    [Test]
    public void Render_SigmoidWindow_MatchesDcmj2pnm()
    {
        var stored = PixelBuffers.Stored(TestPattern.Values(Side * Side, 0, 4095), 12, 11);
        var image = Gray(16, 12, 11, signed: false) with
        {
            Windows = [new VoiWindow(2048, 1000)],
            VoiLutFunction = VoiLutFunction.Sigmoid,
        };

        AssertRendersTo(image, PixelBuffers.UInt16(stored), VoiOptions.FromWindow(0),
            "f3b80ddbc2f053679b2d2373f3c75d6ce268619859d3c9911b0c525e2b69782f");
    }

    [Test]
    public void Render_VoiLutSequence_MatchesDcmj2pnm()
    {
        var stored = PixelBuffers.Stored(TestPattern.Values(Side * Side, 0, 2000), 12, 11);
        var lut = Enumerable.Range(0, 1000).Select(i => (ushort)Math.Min(4095, (i * 5) % 4096)).ToArray();
        var image = Gray(16, 12, 11, signed: false) with { VoiLuts = [new LookupTableData(1000, 500, 12, lut)] };

        AssertRendersTo(image, PixelBuffers.UInt16(stored), VoiOptions.FromLookupTable(0),
            "9e3429e06e972412ade88117c17938c797effe36c6198fc61addd001e8fdcd44");
    }

    [Test]
    public void Render_EightBitMinMax_MatchesDcmj2pnm()
    {
        var pixels = TestPattern.Values(Side * Side, 17, 211).Select(v => (byte)v).ToArray();

        AssertRendersTo(Gray(8, 8, 7, signed: false), pixels, VoiOptions.MinMax,
            "62b38ab205c81efa05b2b48f48767fe1274410948985fa5f72e22aa8b8a4da2e");
    }

    [Test]
    public void Render_ThirtyTwoBitMinMax_MatchesDcmj2pnm()
    {
        var values = TestPattern.Values(Side * Side, 0, 5_000_000).Select(v => (long)v).ToArray();

        AssertRendersTo(Gray(32, 32, 31, signed: false), PixelBuffers.UInt32(values), VoiOptions.MinMax,
            "6a1e19e728964887ab1805b2b974a8983a87e1868b03496537bfcb396b7712dd");
    }

    [Test]
    public void Render_YbrFull8Bit_MatchesDcmj2pnm()
    {
        var pixels = TestPattern.Values(16 * 16 * 3, 0, 255, salt: 5).Select(v => (byte)v).ToArray();

        AssertRendersTo(Color(PhotometricInterpretations.YbrFull), pixels, VoiOptions.Automatic,
            "653fc7c79178b612121c8fbce7b5415027c4672d69e5a3a088682c7753aa3f32");
    }

    [Test]
    public void Render_YbrFull422Uncompressed_MatchesDcmj2pnm()
    {
        var stored = TestPattern.Values(16 * 16 * 2, 0, 255, salt: 6).Select(v => (byte)v).ToArray();
        var image = Color(PhotometricInterpretations.YbrFull422);
        var decoded = new byte[image.ToFrameDescriptor().DecodedLength];
        NativeFrameDecoder.Decode(stored, new NativePixelFormat(image.ToFrameDescriptor()), 0, decoded);

        AssertRendersTo(image, decoded, VoiOptions.Automatic,
            "c7e429a4ca97f915e32f7f156a519ecae8db5b387dc88e23107d1ca53c9e3a67");
    }

    [Test]
    public void Render_PaletteWith16BitEntries_MatchesDcmj2pnm()
    {
        var indices = TestPattern.Values(16 * 16, 0, 255, salt: 7).Select(v => (byte)v).ToArray();
        LookupTableData Channel(int salt) =>
            new(256, 0, 16, Enumerable.Range(0, 256).Select(i => (ushort)(TestPattern.At(i, salt) % 65536)).ToArray());
        var image = Color(PhotometricInterpretations.PaletteColor) with
        {
            SamplesPerPixel = 1,
            Palette = new PaletteColorLookupTables(Channel(1), Channel(2), Channel(3)),
        };

        AssertRendersTo(image, indices, VoiOptions.Automatic,
            "9e267e60677776cd9bd76033785ecde08f2869fefbe00a4e464741c00f0d8bbe");
    }

    [Test]
    public void Render_GraphicOverlayPartlyOutsideImage_MatchesDcmj2pnm()
    {
        var stored = PixelBuffers.Stored(TestPattern.Values(16 * 16, 0, 4095, salt: 9), 12, 11);
        var overlayBits = new byte[12];
        for (var i = 0; i < 8 * 12; i++)
        {
            if ((TestPattern.At(i, 8) & 1) == 1)
            {
                overlayBits[i >> 3] |= (byte)(1 << (i & 7));
            }
        }

        var image = Gray(16, 12, 11, signed: false) with
        {
            Rows = 16,
            Columns = 16,
            Overlays = [new OverlayPlane { Group = 0x6000, Rows = 8, Columns = 12, OriginRow = 3, OriginColumn = -2, Data = overlayBits }],
        };

        AssertRendersTo(image, PixelBuffers.UInt16(stored), VoiOptions.MinMax,
            "3f7cc6e559d51780dc0fd7845b950c2130a30faea367bd46dee5d69475f66e09");
    }

    private static ImagePixelAttributes Gray(int allocated, int stored, int high, bool signed) => new()
    {
        Rows = Side,
        Columns = Side,
        BitsAllocated = allocated,
        BitsStored = stored,
        HighBit = high,
        IsSigned = signed,
        PhotometricInterpretation = PhotometricInterpretations.Monochrome2,
    };

    private static ImagePixelAttributes Color(string photometric) => new()
    {
        Rows = 16,
        Columns = 16,
        SamplesPerPixel = 3,
        BitsAllocated = 8,
        BitsStored = 8,
        HighBit = 7,
        PhotometricInterpretation = photometric,
    };

    private static void AssertRendersTo(ImagePixelAttributes image, byte[] decoded, VoiOptions voi, string expectedSha256)
    {
        using var frame = FrameRenderer.Render(image, 0, decoded, options: new RenderOptions { Voi = voi });

        Assert.That(TestPattern.Sha256(frame.Pixels), Is.EqualTo(expectedSha256));
    }
}
