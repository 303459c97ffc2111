using System.Buffers.Binary;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;
using Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000;

/// <summary>Hostile or damaged headers: rejected before they can allocate or spin, or decoded as far as they go.</summary>
[TestFixture]
public sealed class Jpeg2000DamageTests
{
    [Test]
    public void Decode_TinyTilesWithManyLevels_IsRejectedBeforeBuildingThem()
    {
        // 255 x 256 one-sample tiles (65,280 of them), each with 32 decomposition levels.
        var header = MainHeader(width: 255, height: 256, tileWidth: 1, tileHeight: 1, levels: 32, layers: 1);
        byte[] codestream = [.. header, 0xFF, 0x90, 0, 10, 0, 0, 0, 0, 0, 14, 0, 1, 0xFF, 0x93, 0xFF, 0xD9];

        var e = Assert.Throws<DicomException>(() => Jpeg2000ImageDecoder.Decode(codestream, new DecodeWarnings(), 1L << 20, 1));

        Assert.That(e!.Reason, Does.Contain("more tiles, resolutions or precincts"));
    }

    [Test]
    public void Decode_ImageLargerThanAllowed_IsRejectedBeforeAllocating()
    {
        var header = MainHeader(width: 60000, height: 60000, tileWidth: 60000, tileHeight: 60000, levels: 5, layers: 1);
        byte[] codestream = [.. header, 0xFF, 0x90, 0, 10, 0, 0, 0, 0, 0, 14, 0, 1, 0xFF, 0x93, 0xFF, 0xD9];

        var e = Assert.Throws<DicomException>(() => Jpeg2000ImageDecoder.Decode(codestream, new DecodeWarnings(), 1L << 24, 1));

        Assert.That(e!.Reason, Does.Contain("samples"));
    }

    [Test]
    public void Decode_LayerCountFarBeyondTheData_StopsWhereTheDataEnds()
    {
        var options = new TestEncoderOptions { Width = 20, Height = 20 };
        var planes = TestImages.Create(options, 8);
        var codestream = TestCodestreamEncoder.Encode(options, planes);
        var cod = IndexOfMarker(codestream, 0xFF52);
        BinaryPrimitives.WriteUInt16BigEndian(codestream.AsSpan(cod + 6), 65535);
        var warnings = new DecodeWarnings();

        var image = Jpeg2000ImageDecoder.Decode(codestream, warnings, 1L << 20, 1);

        Assert.Multiple(() =>
        {
            Assert.That(image.Components[0].Samples, Is.EqualTo(planes[0]), "layer 0 holds every pass");
            Assert.That(warnings.Messages, Has.Some.Contains("ends after"));
        });
    }

    [Test]
    public void Decode_MoreProgressionChangesThanAllowed_ThrowsDicomException()
    {
        var changes = Enumerable.Range(0, 33).Select(_ => new ProgressionChange(0, 0, 1, 1, 1, ProgressionOrder.Lrcp)).ToArray();
        var options = new TestEncoderOptions { Width = 8, Height = 8, Levels = 0, ProgressionChanges = changes };

        Assert.Throws<DicomException>(() =>
            Jpeg2000ImageDecoder.Decode(TestCodestreamEncoder.Encode(options, TestImages.Create(options, 9)), new DecodeWarnings(), 1L << 20, 1));
    }

    private static byte[] MainHeader(int width, int height, int tileWidth, int tileHeight, int levels, int layers)
    {
        var siz = new byte[2 + 41]; // marker, Lsiz 41, one component
        BinaryPrimitives.WriteUInt16BigEndian(siz.AsSpan(2), 41);
        BinaryPrimitives.WriteUInt32BigEndian(siz.AsSpan(6), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(siz.AsSpan(10), (uint)height);
        BinaryPrimitives.WriteUInt32BigEndian(siz.AsSpan(22), (uint)tileWidth);
        BinaryPrimitives.WriteUInt32BigEndian(siz.AsSpan(26), (uint)tileHeight);
        siz[0] = 0xFF;
        siz[1] = 0x51;
        siz[39] = 1; // Csiz low byte
        siz[^3] = 7;
        siz[^2] = 1;
        siz[^1] = 1;
        byte[] cod = [0xFF, 0x52, 0, 12, 0, 0, (byte)(layers >> 8), (byte)layers, 0, (byte)levels, 4, 4, 0, 1];
        byte[] qcd = [0xFF, 0x5C, 0, 4, 0x40, 0x48];
        return [0xFF, 0x4F, .. siz, .. cod, .. qcd];
    }

    private static int IndexOfMarker(byte[] data, int marker)
    {
        for (var i = 0; i + 1 < data.Length; i++)
        {
            if (data[i] == marker >> 8 && data[i + 1] == (marker & 0xFF))
            {
                return i;
            }
        }

        throw new InvalidOperationException("marker not found");
    }
}
