using System.Security.Cryptography;
using System.Text.Json;
using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.JpegLs;

/// <summary>
/// Frame 1 of every JPEG-LS corpus file (pydicom set) through the toolkit reader and the decoder,
/// against <c>ref/pydicom/pixels/&lt;name&gt;.json</c> (what dcmdjpls 3.6.7 produced). Lossless and
/// near-lossless alike must be identical: DCMTK's decode is deterministic and so is ours.
/// </summary>
[TestFixture]
public sealed class JpegLsCorpusTests
{
    private static readonly string[] Files =
    [
        "JPEGLSNearLossless_08.dcm", "JPEGLSNearLossless_16.dcm", "MR_small_jpeg_ls_lossless.dcm",
        "SC_rgb_jls_lossy_line.dcm", "SC_rgb_jls_lossy_sample.dcm",
    ];

    [TestCaseSource(nameof(Files))]
    public void Decode_CorpusFrame1_MatchesDcmtk(string name)
    {
        using var file = DicomFile.Open(SharedCorpus.CorpusFile("pydicom", name));
        var pixels = DicomPixelData.Find(file)!;
        var output = new byte[pixels.Frame.DecodedLength];

        var info = new JpegLsDecoder().Decode(pixels.GetFrameBytes(0).Span, pixels.Frame, 0, output);

        using var reference = JsonDocument.Parse(File.ReadAllText(SharedCorpus.CorpusFile("ref", "pydicom", "pixels", name + ".json")));
        var root = reference.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(info.PhotometricInterpretation, Is.EqualTo(root.GetProperty("photometric_interpretation").GetString()));
            Assert.That(output, Has.Length.EqualTo(root.GetProperty("nbytes").GetInt32()));
            Assert.That(Convert.ToHexStringLower(SHA256.HashData(output)), Is.EqualTo(root.GetProperty("sha256").GetString()));
        });
    }
}
