using System.Security.Cryptography;
using System.Text.Json;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000;

/// <summary>
/// Frame 1 of every JPEG 2000 file of the corpus (pydicom set) through the toolkit reader and the
/// decoder, against <c>ref/pydicom/pixels/&lt;name&gt;.opj.json</c>: the SHA-256 of what
/// opj_decompress 2.5.0 produced (samples sign-extended from the codestream's precision), with
/// that precision and sign. Lossy files (9/7) match exactly as well.
/// </summary>
[TestFixture]
public sealed class Jpeg2000CorpusTests
{
    private static readonly string[] Files =
    [
        "693_J2KI.dcm", "GDCMJ2K_TextGBR.dcm", "J2K_pixelrep_mismatch.dcm", "JPEG2000.dcm", "MR_small_jp2klossless.dcm",
        "SC_rgb_gdcm_KY.dcm", "examples_jpeg2k.dcm",
    ];

    [TestCaseSource(nameof(Files))]
    public void Decode_CorpusFrame1_MatchesOpenJpeg(string name)
    {
        using var file = DicomFile.Open(SharedCorpus.CorpusFile("pydicom", name));
        var pixels = DicomPixelData.Find(file)!;
        var output = new byte[pixels.Frame.DecodedLength];
        var warnings = new List<string>();

        var info = new Jpeg2000Decoder().Decode(pixels.GetFrameBytes(0).Span, pixels.Frame, 0, output, warnings);

        using var reference = JsonDocument.Parse(File.ReadAllText(SharedCorpus.CorpusFile("ref", "pydicom", "pixels", name + ".opj.json")));
        var root = reference.RootElement;
        var transformed = root.GetProperty("codestream").GetProperty("mct").GetInt32() == 1;
        var declared = root.GetProperty("dicom").GetProperty("photometric_interpretation").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(warnings, Is.Empty);
            Assert.That(info.BitsStored, Is.EqualTo(root.GetProperty("precision").GetInt32()));
            Assert.That(info.IsSigned, Is.EqualTo(root.GetProperty("signed").GetBoolean()));
            Assert.That(info.PhotometricInterpretation, Is.EqualTo(transformed && declared == "YBR_RCT" ? "RGB" : declared));
            Assert.That(output, Has.Length.EqualTo(root.GetProperty("nbytes").GetInt32()));
            Assert.That(Convert.ToHexStringLower(SHA256.HashData(output)), Is.EqualTo(root.GetProperty("sha256").GetString()));
        });
    }

    [Test]
    public void Decode_CodestreamHoldingADelimiterPattern_FailsWithAClearError()
    {
        // The corpus README: FFFE,E0DD bytes inside this codestream make its SIZ unusable; the file
        // must still parse, and OpenJPEG and GDCM refuse the frame too.
        using var file = DicomFile.Open(SharedCorpus.CorpusFile("pydicom", "JPEG2000-embedded-sequence-delimiter.dcm"));
        var pixels = DicomPixelData.Find(file)!;

        var e = Assert.Throws<DicomException>(() =>
            new Jpeg2000Decoder().Decode(pixels.GetFrameBytes(0).Span, pixels.Frame, 0, new byte[pixels.Frame.DecodedLength]));

        Assert.That(e!.Frame, Is.Zero);
    }
}
