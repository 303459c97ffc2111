using Dicom.Clean.Toolkit.Imaging;
using Dicom.Clean.Toolkit.Imaging.Rendering;
using Dicom.Clean.Toolkit.Tests.Imaging.Support;

namespace Dicom.Clean.Toolkit.Tests.Imaging;

public sealed class OverlayBurnInTests
{
    private static readonly int[] Values = [0, 1024, 2048, 3072];

    // The same image without overlays: about 0, 64, 128, 192.
    private static readonly byte[] Plain = Render([], burnIn: false);

    [Test]
    public void Render_GraphicOverlay_WhitensTheCoveredPixels()
    {
        var output = Render([Plane(0b0101)]);

        Assert.That(output, Is.EqualTo(new byte[] { 255, Plain[1], 255, Plain[3] }));
    }

    [Test]
    public void Render_RoiOverlay_DarkensThePixelsOutside()
    {
        var output = Render([Plane(0b0110) with { Type = OverlayType.RegionOfInterest }]);

        Assert.That(output, Is.EqualTo(new byte[] { (byte)(Plain[0] >> 4), Plain[1], Plain[2], (byte)(Plain[3] >> 4) }));
    }

    [Test]
    public void Render_OverlayOrigin_ShiftsThePlane()
    {
        var output = Render([Plane(0b0011) with { OriginColumn = 3 }]);

        Assert.That(output, Is.EqualTo(new byte[] { Plain[0], Plain[1], 255, 255 }));
    }

    [Test]
    public void Render_WithoutBurnIn_LeavesThePixels()
    {
        var output = Render([Plane(0b1111)], burnIn: false);

        Assert.That(output, Is.EqualTo(Plain));
    }

    [Test]
    public void Render_MultiFrameOverlay_UsesTheMatchingOverlayFrame()
    {
        // Two overlay frames starting at image frame 2: frame index 2 uses overlay frame 1 (bits 4..7).
        var plane = Plane(0b1000_0001) with { NumberOfFrames = 2, ImageFrameOrigin = 2 };

        Assert.Multiple(() =>
        {
            Assert.That(Render([plane], frameIndex: 0), Is.EqualTo(Plain));
            Assert.That(Render([plane], frameIndex: 1), Is.EqualTo(new byte[] { 255, Plain[1], Plain[2], Plain[3] }));
            Assert.That(Render([plane], frameIndex: 2), Is.EqualTo(new byte[] { Plain[0], Plain[1], Plain[2], 255 }));
        });
    }

    [Test]
    public void Render_SingleFrameOverlay_AppliesToEveryFrame()
    {
        Assert.That(Render([Plane(0b0001)], frameIndex: 5), Is.EqualTo(new byte[] { 255, Plain[1], Plain[2], Plain[3] }));
    }

    [Test]
    public void Render_OverlayDataTooShort_IsIgnored()
    {
        var plane = Plane(0) with { Columns = 40, Data = new byte[2] };

        Assert.That(Render([plane]), Is.EqualTo(Plain));
    }

    [Test]
    public void Render_EmbeddedOverlay_ReadsTheBitAboveTheStoredBits()
    {
        var plane = new OverlayPlane { Group = 0x6000, Rows = 1, Columns = 4, BitsAllocated = 16, BitPosition = 15 };
        int[] values = [0, 1024 | 0x8000, 2048, 3072 | 0x8000];

        Assert.That(Render([plane], values: values), Is.EqualTo(new byte[] { Plain[0], 255, Plain[2], 255 }));
    }

    private static OverlayPlane Plane(int bits) => new()
    {
        Group = 0x6000,
        Rows = 1,
        Columns = 4,
        Data = new[] { (byte)bits, (byte)(bits >> 8) },
    };

    private static byte[] Render(OverlayPlane[] planes, bool burnIn = true, int frameIndex = 0, int[]? values = null)
    {
        var image = new ImagePixelAttributes
        {
            Rows = 1,
            Columns = 4,
            BitsAllocated = 16,
            BitsStored = 12,
            HighBit = 11,
            NumberOfFrames = 8,
            PhotometricInterpretation = PhotometricInterpretations.Monochrome2,
            Windows = [new VoiWindow(2048, 4097)],
            Overlays = planes,
        };
        var options = new RenderOptions { BurnInOverlays = burnIn };
        using var frame = FrameRenderer.Render(image, frameIndex, PixelBuffers.UInt16(values ?? Values), options: options);
        return frame.Pixels.ToArray();
    }
}
