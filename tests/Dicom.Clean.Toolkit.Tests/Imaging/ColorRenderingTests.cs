using Dicom.Clean.Toolkit.Imaging;
using Dicom.Clean.Toolkit.Imaging.Rendering;
using Dicom.Clean.Toolkit.Tests.Imaging.Support;

namespace Dicom.Clean.Toolkit.Tests.Imaging;

public sealed class ColorRenderingTests
{
    [Test]
    public void Render_Rgb8Bit_CopiesTheSamples()
    {
        byte[] rgb = [1, 2, 3, 250, 251, 252];

        Assert.That(Render(Color(PhotometricInterpretations.Rgb, columns: 2), rgb), Is.EqualTo(rgb));
    }

    [Test]
    public void Render_Rgb16Bit_KeepsTheEightMostSignificantStoredBits()
    {
        var image = Color(PhotometricInterpretations.Rgb, columns: 1, bitsAllocated: 16, bitsStored: 12);

        Assert.That(Render(image, PixelBuffers.UInt16([0xFFF, 0x800, 0x00F])), Is.EqualTo(new byte[] { 0xFF, 0x80, 0x00 }));
    }

    [Test]
    public void Render_YbrFull_ConvertsWithTheJpegFormulas()
    {
        // Neutral chroma keeps grey; Cr = 255 adds 1.402 * 127 to red; Cb = 0 removes 1.772 * 128 from blue.
        byte[] ybr = [100, 128, 128, 50, 128, 255, 250, 0, 128];

        var rgb = Render(Color(PhotometricInterpretations.YbrFull, columns: 3), ybr);

        Assert.Multiple(() =>
        {
            Assert.That(rgb[..3], Is.EqualTo(new byte[] { 100, 100, 100 }).AsCollection.Using<byte>((a, b) => Math.Abs(a - b) <= 1));
            Assert.That(rgb[3], Is.EqualTo(50 + (int)(1.402 * 127)).Within(1));
            Assert.That(rgb[8], Is.EqualTo(250 - (int)(1.772 * 128)).Within(1));
        });
    }

    [Test]
    public void Render_YbrPartial422_ExpandsStudioRange()
    {
        // Studio black (16, 128, 128) and white (235, 128, 128), already upsampled by the decoder.
        byte[] ybr = [16, 128, 128, 235, 128, 128];

        var rgb = Render(Color(PhotometricInterpretations.YbrPartial422, columns: 2), ybr);

        Assert.Multiple(() =>
        {
            Assert.That(rgb[..3], Is.All.LessThanOrEqualTo(1));
            Assert.That(rgb[3..], Is.All.GreaterThanOrEqualTo(254));
        });
    }

    [Test]
    public void Render_YbrRctFromCodec_IsTakenAsRgb()
    {
        byte[] rgb = [10, 20, 30];

        Assert.That(Render(Color(PhotometricInterpretations.YbrRct, columns: 1), rgb), Is.EqualTo(rgb));
    }

    [Test]
    public void Render_Palette8BitEntries_LooksEachChannelUp()
    {
        var red = new LookupTableData(3, 10, 8, new ushort[] { 1, 2, 3 });
        var green = new LookupTableData(3, 10, 8, new ushort[] { 10, 20, 30 });
        var blue = new LookupTableData(3, 10, 8, new ushort[] { 100, 200, 255 });
        var image = Palette(new PaletteColorLookupTables(red, green, blue), columns: 4);

        var rgb = Render(image, [0, 10, 11, 200]);

        Assert.That(rgb, Is.EqualTo(new byte[] { 1, 10, 100, 1, 10, 100, 2, 20, 200, 3, 30, 255 }));
    }

    [Test]
    public void Render_Palette16BitEntries_KeepsTheHighByte()
    {
        var lut = new LookupTableData(2, 0, 16, new ushort[] { 0x12FF, 0xAB00 });
        var image = Palette(new PaletteColorLookupTables(lut, lut, lut), columns: 2);

        Assert.That(Render(image, [0, 1]), Is.EqualTo(new byte[] { 0x12, 0x12, 0x12, 0xAB, 0xAB, 0xAB }));
    }

    [Test]
    public void Render_SegmentedPalette_MatchesTheExpandedTable()
    {
        // Discrete 0, 64; linear to 255 over 3 entries: 0, 64, 128, 191, 255.
        ushort[] segmented = [0, 2, 0, 64, 1, 3, 255];
        var table = LookupTableData.FromSegmented(5, 0, 8, PackBytes(segmented));
        var image = Palette(new PaletteColorLookupTables(table, table, table), columns: 5);

        var rgb = Render(image, [0, 1, 2, 3, 4]);

        Assert.That(rgb.Where((_, i) => i % 3 == 0), Is.EqualTo(new byte[] { 0, 64, 128, 191, 255 }));
    }

    [Test]
    public void Render_PaletteWithoutTables_Throws()
    {
        var image = Palette(null!, columns: 1) with { Palette = null };

        Assert.Throws<DicomException>(() => Render(image, [0]));
    }

    [Test]
    public void Render_ColourAsModality16_Throws()
    {
        var options = new RenderOptions { Output = RenderOutput.Modality16 };

        Assert.Throws<DicomException>(() => FrameRenderer.Render(Color(PhotometricInterpretations.Rgb, 1), 0, new byte[3], options: options));
    }

    private static ImagePixelAttributes Color(string photometric, int columns, int bitsAllocated = 8, int bitsStored = 8) => new()
    {
        Rows = 1,
        Columns = columns,
        SamplesPerPixel = 3,
        BitsAllocated = bitsAllocated,
        BitsStored = bitsStored,
        HighBit = bitsStored - 1,
        PhotometricInterpretation = photometric,
    };

    private static ImagePixelAttributes Palette(PaletteColorLookupTables palette, int columns) => new()
    {
        Rows = 1,
        Columns = columns,
        BitsAllocated = 8,
        BitsStored = 8,
        HighBit = 7,
        PhotometricInterpretation = PhotometricInterpretations.PaletteColor,
        Palette = palette,
    };

    private static byte[] Render(ImagePixelAttributes image, byte[] decoded)
    {
        using var frame = FrameRenderer.Render(image, 0, decoded);
        Assert.That(frame.Format, Is.EqualTo(RenderedPixelFormat.Rgb24));
        return frame.Pixels.ToArray();
    }

    private static ushort[] PackBytes(ushort[] values)
    {
        var words = new ushort[(values.Length + 1) / 2];
        for (var i = 0; i < values.Length; i++)
        {
            words[i / 2] |= (ushort)(values[i] << (8 * (i % 2)));
        }

        return words;
    }
}
