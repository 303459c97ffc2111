using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

namespace Dicom.Clean.Toolkit.Tests.Codecs.JpegLs;

/// <summary>Run mode on hand-assembled one-line streams (T.87 A.7), bit by bit.</summary>
[TestFixture]
public class JpegLsRunModeTests
{
    [Test]
    public void Decode_FlatLine_IsOneRunToTheEndOfLine()
    {
        // x = 0 has all-zero neighbours: run mode. Four 1 bits of segment length 2^J[0..3] = 1.
        var image = JpegLsPlanarImage.Decode(OneLine(4, "1111"));

        Assert.That(image.Planes[0], Is.EqualTo(new ushort[] { 0, 0, 0, 0 }));
    }

    [Test]
    public void Decode_RunInterruptedBySample_DecodesInterruptionFromRunContext()
    {
        // Run of 3 (111, then 0 and J[3] = 0 bits), then the interruption sample: Ra = Rb = 0, so
        // RItype 1, k = 2 (A 4, N 1, temp 4), EMErrval = 2 * 5 - 1 - 0 = 9 -> 00 1 01.
        var image = JpegLsPlanarImage.Decode(OneLine(4, "1110" + "00101"));

        Assert.That(image.Planes[0], Is.EqualTo(new ushort[] { 0, 0, 0, 5 }));
    }

    [Test]
    public void Decode_RunSegmentsGrowWithRunIndex()
    {
        // Nine 1 bits cover 1+1+1+1+2+2+2+2+4 = 16 samples (J rising to 2), then 0 and J[9] = 2 bits
        // "01" add 1: a run of 17. The 18th sample interrupts it with error +1 (RItype 1, k 2,
        // EMErrval 2 * 1 - 1 - 0 = 1 -> 1 01).
        var image = JpegLsPlanarImage.Decode(OneLine(18, "111111111" + "0" + "01" + "101"));

        Assert.That(image.Planes[0], Is.EqualTo(new ushort[17].Append((ushort)1)));
    }

    [Test]
    public void Decode_RunLongerThanTheLine_ThrowsDicomException()
    {
        // After 16 samples 2 remain, but the remainder field (J = 2 bits) says 3.
        var error = Assert.Throws<DicomException>(() => JpegLsPlanarImage.Decode(OneLine(18, "111111111" + "0" + "11")));

        Assert.That(error!.Reason, Does.Contain("run"));
    }

    /// <summary>An 8-bit, one-line, one-component stream whose scan data is the given bits.</summary>
    private static byte[] OneLine(int width, string bits)
    {
        byte[] header = [0xFF, 0xD8, 0xFF, 0xF7, 0, 11, 8, 0, 1, 0, (byte)width, 1, 1, 0x11, 0, 0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 0, 0];
        return [.. header, .. JpegLsBitReaderTests.Pack(bits), 0xFF, 0xD9];
    }
}
