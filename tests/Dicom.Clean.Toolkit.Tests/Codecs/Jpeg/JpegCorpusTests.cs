using System.Security.Cryptography;
using System.Text.Json;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg;

/// <summary>
/// Frame 1 of every corpus file in a JPEG transfer syntax (pydicom set, category valid-image)
/// against <c>ref/pydicom/pixels/&lt;name&gt;.json</c>, which records what dcmdjpeg 3.6.7 produced:
/// lossless frames must be identical (SHA-256), lossy ones within one level of the stored
/// <c>.raw</c> (they are in fact identical too), and the photometric interpretation after
/// decompression must match.
/// </summary>
[TestFixture]
public sealed class JpegCorpusTests
{
    private static readonly string[] Files =
    [
        "JPEG-lossy.dcm", "JPGExtended.dcm", "SC_jpeg_no_color_transform.dcm", "SC_jpeg_no_color_transform_2.dcm",
        "SC_rgb_dcmtk_+eb+cr.dcm", "SC_rgb_dcmtk_+eb+cy+n1.dcm", "SC_rgb_dcmtk_+eb+cy+n2.dcm", "SC_rgb_dcmtk_+eb+cy+np.dcm",
        "SC_rgb_dcmtk_+eb+cy+s2.dcm", "SC_rgb_dcmtk_+eb+cy+s4.dcm", "SC_rgb_jpeg_app14_dcmd.dcm", "SC_rgb_jpeg_dcmtk.dcm",
        "SC_rgb_jpeg_gdcm.dcm", "SC_rgb_jpeg_lossy_gdcm.dcm", "SC_rgb_small_odd_jpeg.dcm", "examples_ybr_color.dcm",
    ];

    [TestCaseSource(nameof(Files))]
    public void Decode_CorpusFrame1_MatchesDcmtk(string name)
    {
        using var file = DicomFile.Open(SharedCorpus.CorpusFile("pydicom", name));
        var pixels = DicomPixelData.Find(file)!;
        var output = new byte[pixels.Frame.DecodedLength];

        var info = new JpegDecoder().Decode(pixels.GetFrameBytes(0).Span, pixels.Frame, 0, output);

        using var reference = JsonDocument.Parse(File.ReadAllText(SharedCorpus.CorpusFile("ref", "pydicom", "pixels", name + ".json")));
        var root = reference.RootElement;
        Assert.That(info.PhotometricInterpretation, Is.EqualTo(root.GetProperty("photometric_interpretation").GetString()));
        if (pixels.TransferSyntax.Uid is JpegDecoder.LosslessUid or JpegDecoder.LosslessSv1Uid)
        {
            Assert.That(Convert.ToHexStringLower(SHA256.HashData(output)), Is.EqualTo(root.GetProperty("sha256").GetString()));
            return;
        }

        var raw = File.ReadAllBytes(SharedCorpus.CorpusFile("ref", "pydicom", "pixels", root.GetProperty("raw_file").GetString()!));
        Assert.That(output, Has.Length.EqualTo(raw.Length));
        var bytesPerSample = pixels.Frame.BytesPerSample;
        var worst = 0;
        for (var i = 0; i < raw.Length; i += bytesPerSample)
        {
            var expected = bytesPerSample == 1 ? raw[i] : raw[i] | (raw[i + 1] << 8);
            var actual = bytesPerSample == 1 ? output[i] : output[i] | (output[i + 1] << 8);
            worst = Math.Max(worst, Math.Abs(expected - actual));
        }

        Assert.That(worst, Is.LessThanOrEqualTo(1));
    }

    [Test]
    public void Decode_EveryFrameOfMultiFrameUltrasound_MatchesDcmtk()
    {
        // SHA-256 of the whole Pixel Data dcmdjpeg 3.6.7 wrote for this file (30 frames, RGB,
        // planar configuration 0), read from its output with Reference/dcmtk_jpeg_reference.py.
        using var file = DicomFile.Open(SharedCorpus.CorpusFile("pydicom", "examples_ybr_color.dcm"));
        var pixels = DicomPixelData.Find(file)!;
        var frameLength = (int)pixels.Frame.DecodedLength;
        var output = new byte[frameLength * pixels.NumberOfFrames];
        var decoder = new JpegDecoder();

        for (var frame = 0; frame < pixels.NumberOfFrames; frame++)
        {
            decoder.Decode(pixels.GetFrameBytes(frame).Span, pixels.Frame, frame, output.AsSpan(frame * frameLength, frameLength));
        }

        Assert.That(pixels.NumberOfFrames, Is.EqualTo(30));
        Assert.That(Convert.ToHexStringLower(SHA256.HashData(output)), Is.EqualTo("7275d2af634281c85c40fbcf718602d3fca910641c0502c003af015186875e36"));
    }
}
