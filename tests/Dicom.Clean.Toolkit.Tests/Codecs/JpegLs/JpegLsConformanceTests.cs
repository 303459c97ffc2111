using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

namespace Dicom.Clean.Toolkit.Tests.Codecs.JpegLs;

/// <summary>
/// The ITU-T T.87 conformance streams (shared corpus, codestreams/14495): DCMTK's decode, and the
/// consistency the test set promises between interleave modes and between lossless and NEAR=3.
/// </summary>
[TestFixture]
public class JpegLsConformanceTests
{
    // SHA-256 of the interleaved little-endian samples dcmdjpls (DCMTK 3.6.7, Debian 12) produced
    // from each stream wrapped in a minimal DICOM file by make_dcmtk_references.py (beside this file):
    //   python3 make_dcmtk_references.py <corpus>/codestreams/14495/J{LS,NL}/*.JLS
    // T8SSE* are absent: their subsampled components cannot be wrapped as DICOM pixel data.
    [TestCase("T8C0E0.JLS", "ed1fce22a62e4194dd75dd98e7c04aa6978a2858108714876a615c5d5d3c7dff")]
    [TestCase("T8C1E0.JLS", "ed1fce22a62e4194dd75dd98e7c04aa6978a2858108714876a615c5d5d3c7dff")]
    [TestCase("T8C2E0.JLS", "ed1fce22a62e4194dd75dd98e7c04aa6978a2858108714876a615c5d5d3c7dff")]
    [TestCase("T8NDE0.JLS", "3412f83ce18bc5e2cb4964a58d27981b8cc3cfb56f4a15c908ab9b49ec47706d")]
    [TestCase("T16E0.JLS", "28eb0d3072804a70bf251d77c24a3335de599a137517b9b3719847a6ddaa669d")]
    [TestCase("T8C0E3.JLS", "646fdbe8c1803837e525e3532235b754281a119da35c05cb592f49aca41e7a27")]
    [TestCase("T8C1E3.JLS", "fbd5eaee7fec23b8c0032fc1452ddb01e01c7f25a208e49d6ceeaee6ade42084")]
    [TestCase("T8C2E3.JLS", "0981274192e6ef2d83618232d48cf9f8f42d06e99b45374a7216665eed2e8348")]
    [TestCase("T8NDE3.JLS", "d49ce4a0281bb90abcbcb2154d37e42db6aa9fdbfb24e87df17bd77d4f61c394")]
    [TestCase("T16E3.JLS", "f9f05fc01fa659dbcb18f217266e4f03d968db3aa06980d9c687e0ab755b0adb")]
    public void Decode_ConformanceStream_MatchesDcmtk(string name, string sha256)
    {
        var decoded = JpegLsConformanceStreams.DecodeFrame(JpegLsConformanceStreams.Read(name));

        Assert.That(JpegLsConformanceStreams.Sha256(decoded), Is.EqualTo(sha256));
    }

    [Test]
    public void Decode_LosslessInterleaveModes_GiveIdenticalSamples()
    {
        var none = JpegLsPlanarImage.Decode(JpegLsConformanceStreams.Read("T8C0E0.JLS"));
        var line = JpegLsPlanarImage.Decode(JpegLsConformanceStreams.Read("T8C1E0.JLS"));
        var sample = JpegLsPlanarImage.Decode(JpegLsConformanceStreams.Read("T8C2E0.JLS"));

        for (var c = 0; c < 3; c++)
        {
            Assert.That(line.Planes[c], Is.EqualTo(none.Planes[c]), $"line-interleaved component {c}");
            Assert.That(sample.Planes[c], Is.EqualTo(none.Planes[c]), $"sample-interleaved component {c}");
        }
    }

    [TestCase("T8C0E3.JLS", "T8C0E0.JLS")]
    [TestCase("T8C1E3.JLS", "T8C0E0.JLS")]
    [TestCase("T8C2E3.JLS", "T8C0E0.JLS")]
    [TestCase("T8NDE3.JLS", "T8NDE0.JLS")]
    [TestCase("T16E3.JLS", "T16E0.JLS")]
    [TestCase("T8SSE3.JLS", "T8SSE0.JLS")]
    public void Decode_NearLosslessStream_StaysWithinNearOfLossless(string nearLossless, string lossless)
    {
        var approximate = JpegLsPlanarImage.Decode(JpegLsConformanceStreams.Read(nearLossless));
        var exact = JpegLsPlanarImage.Decode(JpegLsConformanceStreams.Read(lossless));

        Assert.That(approximate.Planes, Has.Count.EqualTo(exact.Planes.Count));
        for (var c = 0; c < exact.Planes.Count; c++)
        {
            var worst = exact.Planes[c].Zip(approximate.Planes[c], (a, b) => Math.Abs(a - b)).Max();
            Assert.That(worst, Is.LessThanOrEqualTo(3), $"component {c}");
        }
    }

    [Test]
    public void Decode_SubsampledStream_GivesComponentSizesAndFullResolutionRed()
    {
        var subsampled = JpegLsPlanarImage.Decode(JpegLsConformanceStreams.Read("T8SSE0.JLS"));
        var full = JpegLsPlanarImage.Decode(JpegLsConformanceStreams.Read("T8C0E0.JLS"));

        var header = subsampled.Header;
        Assert.Multiple(() =>
        {
            Assert.That((header.ComponentColumns(0), header.ComponentRows(0)), Is.EqualTo((256, 256)));
            Assert.That((header.ComponentColumns(1), header.ComponentRows(1)), Is.EqualTo((256, 64)));
            Assert.That((header.ComponentColumns(2), header.ComponentRows(2)), Is.EqualTo((128, 128)));
            Assert.That(subsampled.Planes[0], Is.EqualTo(full.Planes[0]), "red is not subsampled: TEST8R");
        });
    }

    [Test]
    public void Decode_SubsampledStreamAsDicomFrame_IsRejectedClearly()
    {
        var stream = JpegLsConformanceStreams.Read("T8SSE0.JLS");
        var frame = JpegLsConformanceStreams.DescribeFrame(stream);

        var error = Assert.Throws<DicomException>(() => new JpegLsDecoder().Decode(stream, frame, 4, new byte[frame.DecodedLength]));

        Assert.That(error!.Reason, Does.Contain("subsampled"));
        Assert.That(error.Frame, Is.EqualTo(4));
    }
}
