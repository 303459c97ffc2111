using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;
using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;
using Dicom.Clean.Toolkit.Imaging.Codecs.Rle;
using Moq;

namespace Dicom.Clean.Toolkit.Tests.Imaging;

public sealed class PixelDecoderRegistryTests
{
    private const string Mpeg2 = "1.2.840.10008.1.2.4.100";

    [Test]
    public void GetDecoder_UnregisteredSyntax_ThrowsCannotDecodeWithItsName()
    {
        var error = Assert.Throws<DicomException>(() => PixelDecoderRegistry.Default.GetDecoder(Mpeg2));

        Assert.That(error!.Message, Is.EqualTo($"cannot decode MPEG2 Main Profile / Main Level ({Mpeg2})"));
    }

    [Test]
    public void GetDecoder_UnknownUid_ThrowsCannotDecodeWithTheUid()
    {
        var error = Assert.Throws<DicomException>(() => PixelDecoderRegistry.Default.GetDecoder("1.2.3.4"));

        Assert.That(error!.Message, Does.Contain("cannot decode").And.Contain("1.2.3.4"));
    }

    [TestCase(RleLosslessDecoder.TransferSyntaxUid, typeof(RleLosslessDecoder))]
    [TestCase(JpegDecoder.BaselineUid, typeof(JpegDecoder))]
    [TestCase(JpegDecoder.LosslessSv1Uid, typeof(JpegDecoder))]
    [TestCase(JpegLsDecoder.LosslessTransferSyntaxUid, typeof(JpegLsDecoder))]
    [TestCase(JpegLsDecoder.NearLosslessTransferSyntaxUid, typeof(JpegLsDecoder))]
    [TestCase("1.2.840.10008.1.2.4.90", typeof(Jpeg2000Decoder))]
    [TestCase("1.2.840.10008.1.2.4.91", typeof(Jpeg2000Decoder))]
    [TestCase("1.2.840.10008.1.2.4.201", typeof(Jpeg2000Decoder))]
    [TestCase("1.2.840.10008.1.2.4.202", typeof(Jpeg2000Decoder))]
    [TestCase("1.2.840.10008.1.2.4.203", typeof(Jpeg2000Decoder))]
    public void Default_HoldsTheBuiltInDecoders(string uid, Type decoderType)
    {
        Assert.That(PixelDecoderRegistry.Default.GetDecoder(uid), Is.InstanceOf(decoderType));
    }

    [Test]
    public void With_AddsADecoderWithoutChangingTheOriginal()
    {
        var mpeg2 = new Mock<IPixelDecoder>();
        mpeg2.Setup(d => d.TransferSyntaxUids).Returns([Mpeg2]);

        var extended = PixelDecoderRegistry.Default.With(mpeg2.Object);

        Assert.Multiple(() =>
        {
            Assert.That(extended.GetDecoder(Mpeg2), Is.SameAs(mpeg2.Object));
            Assert.That(extended.GetDecoder(RleLosslessDecoder.TransferSyntaxUid), Is.InstanceOf<RleLosslessDecoder>());
            Assert.That(PixelDecoderRegistry.Default.TryGetDecoder(Mpeg2, out _), Is.False);
        });
    }

    [Test]
    public void Constructor_LaterDecoderWinsASharedSyntax()
    {
        var replacement = new Mock<IPixelDecoder>();
        replacement.Setup(d => d.TransferSyntaxUids).Returns([RleLosslessDecoder.TransferSyntaxUid]);

        var registry = new PixelDecoderRegistry([new RleLosslessDecoder(), replacement.Object]);

        Assert.That(registry.GetDecoder(RleLosslessDecoder.TransferSyntaxUid), Is.SameAs(replacement.Object));
    }

    [Test]
    public void TryGetDecoder_UidWithTrailingPadding_IsFound()
    {
        Assert.That(PixelDecoderRegistry.Default.TryGetDecoder(RleLosslessDecoder.TransferSyntaxUid + "\0", out var decoder), Is.True);
        Assert.That(decoder, Is.InstanceOf<RleLosslessDecoder>());
    }
}
