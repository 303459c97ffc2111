using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Fuzz;

/// <summary>Inputs built to exhaust a naive reader: nesting far beyond any real data, and a deflate bomb.</summary>
[TestFixture]
public sealed class DicomReaderBombTests
{
    private const int Depth = 100_000;

    [TestCase(true, "SQ")]
    [TestCase(false, "SQ")]
    [TestCase(true, "UN")]
    public void Read_NestingBomb_IsRefusedAtTheDepthLimit(bool explicitVR, string vr)
    {
        // UN of undefined length holds implicit VR data (PS3.5 6.2.2): every level below the first is implicit.
        var first = new DicomByteBuilder(explicitVR).Header(0x0008, 0x1115, vr, DicomByteBuilder.Undefined).Tag(0xFFFE, 0xE000).Raw32(DicomByteBuilder.Undefined).ToArray();
        var level = new DicomByteBuilder(explicitVR && vr == "SQ").Header(0x0008, 0x1115, "SQ", DicomByteBuilder.Undefined).Tag(0xFFFE, 0xE000).Raw32(DicomByteBuilder.Undefined).ToArray();
        var bomb = new MemoryStream();
        bomb.Write(first);
        for (var i = 1; i < Depth; i++)
        {
            bomb.Write(level);
        }

        var bytes = DicomByteBuilder.Part10(explicitVR ? "1.2.840.10008.1.2.1" : "1.2.840.10008.1.2", explicitVR)
            .Text(0x0008, 0x0060, "CS", "OT")
            .Raw(bomb.ToArray())
            .ToArray();

        var outcome = FuzzRunner.Run(bytes, DicomReaderOptions.Default);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Problem, Is.Null);
            Assert.That(outcome.Rejection?.Reason, Does.Contain("nested deeper than 64"));
        });
    }

    [Test]
    public void Read_DefinedLengthNestingBomb_IsRefusedAtTheDepthLimit()
    {
        // Each level a sequence of defined length holding one item that holds the next level.
        var content = new DicomByteBuilder().Text(0x0008, 0x1150, "UI", "1.2").ToArray();
        for (var i = 0; i < 2_000; i++)
        {
            content = new DicomByteBuilder().Sequence(0x0008, 0x1115, false, content).ToArray();
        }

        var bytes = DicomByteBuilder.Part10("1.2.840.10008.1.2.1").Raw(content).ToArray();

        var outcome = FuzzRunner.Run(bytes, DicomReaderOptions.Default);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Problem, Is.Null);
            Assert.That(outcome.Rejection?.Reason, Does.Contain("nested deeper than 64"));
        });
    }

    [Test]
    public void Read_DeflateBomb_IsRefusedAtTheInflatedLimit()
    {
        // 64 MiB of zeros deflate to about 64 KiB; the reader stops at its limit (16 MiB here) instead of inflating all.
        var payload = FuzzLayer.Deflate(new byte[64 << 20]);
        var bytes = DicomByteBuilder.Part10("1.2.840.10008.1.2.1.99").Raw(payload).ToArray();

        var outcome = FuzzRunner.Run(bytes, FuzzRunner.Options, deflated: true);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Problem, Is.Null, "allocation bounded by the inflated limit, no escape");
            Assert.That(outcome.Rejection?.Reason, Does.Contain("inflates beyond"));
        });
    }
}
