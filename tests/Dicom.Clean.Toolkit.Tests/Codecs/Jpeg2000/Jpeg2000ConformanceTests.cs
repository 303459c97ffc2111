using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;
using Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000;

/// <summary>
/// The bare conformance streams of the shared corpus against OpenJPEG 2.5.0. Checksums are the
/// SHA-256 of the decoded components in <see cref="SampleHash"/>'s layout, computed from
/// <c>opj_decompress -i f.j2k -o f.rawl</c> (Debian libopenjp2-tools 2.5.0) with samples
/// sign-extended from their precision (opj writes them masked). For oj36, whose 4:2:2 chroma
/// opj_decompress converts to RGB before writing, the planes came straight from libopenjp2
/// 2.5.0's opj_decode (a 40-line C dumper over the library) instead. The lossy streams (oj36,
/// Bretagne1_ht_lossy) match OpenJPEG exactly, not merely within 1: the 9/7 path repeats its
/// single-precision operations in the same order, and these checksums guard that.
/// </summary>
[TestFixture]
public sealed class Jpeg2000ConformanceTests
{
    [TestCase("2KLS/693.j2k", "6b3b6bb553a0b5692ee63737f4cb8d6bcfa960e7ae37e5d1bd9521b671b501b0")]
    [TestCase("2KLS/oj36.j2k", "42b731d3a4fb905e5e2a860aaa417722a81e29ac135197e8b2561e59db61db32")]
    [TestCase("HTJ2K/Bretagne1_ht.j2k", "387692d7de8fa9f3a778d2b0ce0fe442fe963a8dcc2d67422015662eb114b95a")]
    [TestCase("HTJ2K/Bretagne1_ht_lossy.j2k", "21cd9dc5b1ad8dd9a56a6ce98916cad029b2cf6f2bf81e90bd7c19c477dce4cf")]
    public void Decode_ConformanceStream_MatchesOpenJpeg(string name, string sha256)
    {
        var data = File.ReadAllBytes(SharedCorpus.CorpusFile("codestreams", "15444", name));
        var warnings = new DecodeWarnings();

        var image = Jpeg2000ImageDecoder.Decode(data, warnings, 1L << 26, maxDegreeOfParallelism: 2);

        Assert.Multiple(() =>
        {
            Assert.That(SampleHash.Of(image), Is.EqualTo(sha256));
            Assert.That(warnings.Messages, Is.Empty);
        });
    }

    [Test]
    public void Decode_ThroughPixelDecoder_WritesSignExtendedSamplesAndReportsCodestreamDepth()
    {
        // 693.j2k is 512 x 512, signed 14-bit: as a CT frame with Bits Allocated 16.
        var data = File.ReadAllBytes(SharedCorpus.CorpusFile("codestreams", "15444", "2KLS", "693.j2k"));
        var frame = new FrameDescriptor(512, 512, 1, 16, 16, true, "MONOCHROME2", 0);
        var destination = new byte[frame.DecodedLength];

        var info = new Jpeg2000Decoder(1).Decode(data, frame, 0, destination);

        Assert.Multiple(() =>
        {
            Assert.That(info, Is.EqualTo(new DecodedFrameInfo("MONOCHROME2", 14, true)));
            Assert.That(SampleHash.Of(destination), Is.EqualTo("6b3b6bb553a0b5692ee63737f4cb8d6bcfa960e7ae37e5d1bd9521b671b501b0"));
        });
    }

    [Test]
    public void Decode_SubsampledChromaThroughPixelDecoder_ReplicatesChromaSamples()
    {
        // oj36.j2k: 256 x 256, components 1 and 2 subsampled 2:1 horizontally.
        var data = File.ReadAllBytes(SharedCorpus.CorpusFile("codestreams", "15444", "2KLS", "oj36.j2k"));
        var planes = Jpeg2000ImageDecoder.Decode(data, new DecodeWarnings(), 1L << 20, 1).Components;
        var frame = new FrameDescriptor(256, 256, 3, 8, 8, false, "YBR_FULL_422", 0);
        var destination = new byte[frame.DecodedLength];

        new Jpeg2000Decoder(1).Decode(data, frame, 0, destination);

        var expected = new byte[destination.Length];
        for (var y = 0; y < 256; y++)
        {
            for (var x = 0; x < 256; x++)
            {
                var at = ((y * 256) + x) * 3;
                expected[at] = (byte)planes[0].Samples[(y * 256) + x];
                expected[at + 1] = (byte)planes[1].Samples[(y * 128) + (x / 2)];
                expected[at + 2] = (byte)planes[2].Samples[(y * 128) + (x / 2)];
            }
        }

        Assert.That(destination, Is.EqualTo(expected));
    }
}
