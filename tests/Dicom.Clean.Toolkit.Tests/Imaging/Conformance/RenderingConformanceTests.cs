using System.Security.Cryptography;
using System.Text.Json;
using Dicom.Clean.Toolkit.Imaging;
using Dicom.Clean.Toolkit.Imaging.Rendering;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Tests.Conformance;
using Dicom.Clean.Toolkit.Tests.Imaging.Support;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Imaging.Conformance;

/// <summary>
/// Frame 1 of every corpus file with a DCMTK rendering (<c>ref/&lt;set&gt;/png</c>, made with
/// <c>dcmj2pnm +on -mf -il +F 1 [+Wi 1 | +Wl 1 | +Wm]</c>) renders to the same size with at most one
/// level of difference per channel; and frame 1 decodes to the samples of <c>ref/&lt;set&gt;/pixels</c>
/// (sha256; OpenJPEG's for JPEG 2000), before any LUT. Files whose transfer syntax has no decoder
/// yet are listed, not failed.
/// </summary>
[TestFixture]
public sealed class RenderingConformanceTests
{
    // DCMTK's PNG of these big endian 32-bit files is wrong (corpus README): compare with the little endian twin's.
    private static readonly Dictionary<string, string> PngTwins = new(StringComparer.Ordinal)
    {
        ["rtdose_expb.dcm"] = "rtdose.dcm",
        ["rtdose_expb_1frame.dcm"] = "rtdose_1frame.dcm",
    };

    // pydicom's reference bytes of this file are wrong (8-bit OW left unswapped); DCMTK's are right (corpus README).
    private static readonly HashSet<string> DcmtkPixelReference = new(StringComparer.Ordinal) { "SC_rgb_small_odd_big_endian.dcm" };

    [TestCase("pydicom")]
    [TestCase("seed")]
    public void FrameOne_RendersLikeDcmj2pnmWithinOneLevel(string set)
    {
        var problems = new List<string>();
        var notDecodable = new List<string>();
        int exact = 0, withinOne = 0;
        foreach (var entry in CorpusManifest.Read(set).Where(HasPngReference))
        {
            var pngName = PngTwins.GetValueOrDefault(entry.Name, entry.Name);
            var reference = PngTestReader.Read(File.ReadAllBytes(Path.Combine(SharedCorpus.Corpus, "ref", set, "png", pngName + ".png")));
            try
            {
                using var file = DicomFile.Open(entry.Path);
                if (!CanDecode(file))
                {
                    notDecodable.Add(entry.Name);
                    continue;
                }

                using var frame = Render(file, entry);
                var difference = Compare(reference, frame);
                if (difference is null)
                {
                    problems.Add($"{entry}: {frame.Width}x{frame.Height} {frame.Format}, reference {reference.Width}x{reference.Height} colour type {reference.ColorType}");
                }
                else if (difference.Value.Max > 1)
                {
                    problems.Add($"{entry}: {difference.Value.Count} values differ, by up to {difference.Value.Max}");
                }
                else if (difference.Value.Count == 0)
                {
                    exact++;
                }
                else
                {
                    withinOne++;
                }
            }
            catch (DicomException ex)
            {
                problems.Add($"{entry}: {ex.Message}");
            }
        }

        TestContext.Out.WriteLine($"{set}: {exact} identical, {withinOne} within one level; no decoder yet for {notDecodable.Count}: {string.Join(", ", notDecodable)}");
        Assert.That(problems, Is.Empty);
        Assert.That(exact + withinOne, Is.GreaterThan(0), "no file was compared");
    }

    [TestCase("pydicom")]
    [TestCase("seed")]
    public void FrameOne_DecodesToTheReferenceSamples(string set)
    {
        var problems = new List<string>();
        var compared = 0;
        foreach (var entry in CorpusManifest.Read(set).Where(e => e.Category == "valid-image"))
        {
            // JPEG 2000 rows have OpenJPEG's decode (.opj.json, same layout: sign-extended, interleaved, little endian).
            var json = Path.Combine(SharedCorpus.Corpus, "ref", set, "pixels", entry.Name + ".json");
            if (!File.Exists(json))
            {
                json = Path.Combine(SharedCorpus.Corpus, "ref", set, "pixels", entry.Name + ".opj.json");
                if (!File.Exists(json))
                {
                    continue;
                }
            }

            using var file = DicomFile.Open(entry.Path);
            if (!CanDecode(file))
            {
                continue;
            }

            var reference = JsonDocument.Parse(File.ReadAllText(json)).RootElement;

            var expected = DcmtkPixelReference.Contains(entry.Name)
                ? reference.GetProperty("dcmtk_frame1_sha256").GetString()
                : reference.GetProperty("sha256").GetString();
            try
            {
                var pixelData = DicomPixelData.Find(file)!;
                using var frame = FrameDecoder.Default.Decode(pixelData, ImagePixelAttributesReader.Read(file.Dataset), 0);
                var actual = Convert.ToHexStringLower(SHA256.HashData(frame.Bytes));
                if (actual != expected)
                {
                    problems.Add($"{entry}: sha256 {actual}, reference {expected}");
                }

                compared++;
            }
            catch (DicomException ex)
            {
                problems.Add($"{entry}: {ex.Message}");
            }
        }

        TestContext.Out.WriteLine($"{set}: {compared} frames compared");
        Assert.That(problems, Is.Empty);
        Assert.That(compared, Is.GreaterThan(0), "no frame was compared");
    }

    /// <summary>
    /// Renders frame 1. For "disputed" rows (a JPEG 2000 codestream whose precision or sign differs
    /// from Bits Stored / Pixel Representation) the reference follows the data set, so the codec's
    /// own report is not passed on.
    /// </summary>
    private static RenderedFrame Render(DicomFile file, CorpusEntry entry)
    {
        if (!entry.Columns["png_ok"].StartsWith("disputed", StringComparison.Ordinal))
        {
            return ImageRenderer.Default.Render(file, 0, DcmtkOptions(entry));
        }

        var image = ImagePixelAttributesReader.Read(file.Dataset);
        using var decoded = FrameDecoder.Default.Decode(DicomPixelData.Find(file)!, image, 0);
        return FrameRenderer.Render(image, 0, decoded.Bytes, decoded: null, DcmtkOptions(entry));
    }

    private static bool HasPngReference(CorpusEntry entry) =>
        entry.Category == "valid-image"
        && (entry.Columns["png_ok"].StartsWith("yes", StringComparison.Ordinal) || entry.Columns["png_ok"].StartsWith("disputed", StringComparison.Ordinal));

    private static bool CanDecode(DicomFile file) =>
        !file.TransferSyntax.IsEncapsulated || FrameDecoder.Default.Registry.TryGetDecoder(file.TransferSyntax.Uid, out _);

    /// <summary>The corpus rule: first window, else first VOI LUT, else min-max; enhanced windows ignored, as DCMTK does.</summary>
    private static RenderOptions DcmtkOptions(CorpusEntry entry) => new()
    {
        Voi = entry.Columns["png_voi_option"] switch
        {
            "+Wi 1" => VoiOptions.FromWindow(0),
            "+Wl 1" => VoiOptions.FromLookupTable(0),
            "+Wm" => VoiOptions.MinMax,
            _ => VoiOptions.Automatic,
        },
        UseFrameFunctionalGroups = false,
    };

    private static (int Count, int Max)? Compare(PngTestReader.Image reference, RenderedFrame frame)
    {
        var channels = frame.Format == RenderedPixelFormat.Rgb24 ? 3 : 1;
        var referenceChannels = reference.ColorType == 2 ? 3 : 1;
        if (reference.Width != frame.Width || reference.Height != frame.Height || channels != referenceChannels || reference.BitDepth != 8)
        {
            return null;
        }

        int count = 0, max = 0;
        var pixels = frame.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            var d = Math.Abs(pixels[i] - reference.Pixels[i]);
            if (d > 0)
            {
                count++;
                max = Math.Max(max, d);
            }
        }

        return (count, max);
    }
}
