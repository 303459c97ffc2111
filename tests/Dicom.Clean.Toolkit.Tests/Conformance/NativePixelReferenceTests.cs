using System.Security.Cryptography;
using System.Text.Json;
using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Toolkit.Tests.Conformance;

/// <summary>
/// Frame 1 of every native image in the corpus, located by <see cref="DicomPixelData"/> and copied in
/// little-endian order, equals the reference frame: the sha256 in <c>ref/&lt;set&gt;/pixels/&lt;name&gt;.json</c>
/// (pydicom's decode, cross-checked with DCMTK; see corpus/README.md). Encapsulated files check that
/// every frame maps to fragments.
/// </summary>
[TestFixture]
public sealed class NativePixelReferenceTests
{
    // Reference layouts the raw bytes of a frame cannot match, with the reason.
    private static readonly Dictionary<string, string> Skipped = new(StringComparer.Ordinal)
    {
        ["SC_ybr_full_422_uncompressed.dcm"] = "pydicom expands 4:2:2 to three samples a pixel; the stored frame is two a pixel",
    };

    [TestCase("pydicom")]
    [TestCase("seed")]
    public void FrameOne_OfEveryNativeImage_MatchesReferenceSha256(string set)
    {
        var problems = new List<string>();
        var native = 0;
        var encapsulated = 0;
        foreach (var entry in CorpusManifest.Read(set).Where(e => e.Category == "valid-image"))
        {
            var json = Path.Combine(Support.SharedCorpus.Corpus, "ref", set, "pixels", entry.Name + ".json");
            if (!File.Exists(json) || Skipped.ContainsKey(entry.Name))
            {
                continue;
            }

            using var file = DicomFile.Open(entry.Path);
            var pixels = DicomPixelData.Find(file)!;
            if (pixels.IsEncapsulated)
            {
                for (var frame = 0; frame < pixels.NumberOfFrames; frame++)
                {
                    if (pixels.GetFrameFragments(frame).Count == 0)
                    {
                        problems.Add($"{entry}: frame {frame + 1} has no fragments");
                    }
                }

                encapsulated++;
                continue;
            }

            // The reference unpacks 1-bit data and interleaves planar colour: compare those through the geometry only.
            if (pixels.Frame.BitsAllocated == 1 || pixels.Frame.PlanarConfiguration == 1)
            {
                continue;
            }

            var bytes = new byte[(pixels.FrameBitLength + 7) / 8];
            pixels.CopyFrame(0, bytes);
            var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (actual != ExpectedSha256(set, entry.Name, json))
            {
                problems.Add($"{entry}: frame 1 sha256 {actual} differs from the reference");
            }

            native++;
        }

        Assert.Multiple(() =>
        {
            Assert.That(native, Is.GreaterThan(set == "seed" ? 100 : 30), "native images compared");
            Assert.That(problems, Is.Empty);
        });
        TestContext.Out.WriteLine($"{native} native frames compared, {encapsulated} encapsulated files mapped");
    }

    [Test]
    public void OneBitFrames_NotOnByteBoundaries_AreLocatedByBit()
    {
        // 3x3 1-bit frames are 9 bits: frame 2 starts at bit 1 of byte 1.
        var pixels = new byte[] { 0b1111_1111, 0b0000_0011, 0b0000_0000, 0, 0 };
        var bytes = Support.DicomByteBuilder.Part10("1.2.840.10008.1.2.1")
            .UInt16(0x0028, 0x0002, 1)
            .Text(0x0028, 0x0004, "CS", "MONOCHROME2")
            .Text(0x0028, 0x0008, "IS", "3")
            .UInt16(0x0028, 0x0010, 3)
            .UInt16(0x0028, 0x0011, 3)
            .UInt16(0x0028, 0x0100, 1)
            .UInt16(0x0028, 0x0101, 1)
            .Bytes(0x7FE0, 0x0010, "OB", [.. pixels, 0])
            .ToArray();
        var data = DicomPixelData.Find(DicomFile.Read(bytes))!;

        var second = data.GetNativeFrame(1);
        var copy = new byte[2];
        data.CopyFrame(1, copy);

        Assert.Multiple(() =>
        {
            Assert.That(second.FirstBitOffset, Is.EqualTo(1));
            Assert.That(second.BitLength, Is.EqualTo(9));
            Assert.That(second.Bytes.Offset - data.Element.ValueOffset, Is.EqualTo(1));
            Assert.That(second.Bytes.Length, Is.EqualTo(2));
            Assert.That(copy, Is.EqualTo(new byte[] { 0b0000_0001, 0b0000_0000 }));
        });
    }

    private static string ExpectedSha256(string set, string name, string jsonPath)
    {
        // corpus/README.md: for this file the pydicom .raw is wrong and the .dcmtk.raw is right.
        var dcmtkRaw = Path.Combine(Support.SharedCorpus.Corpus, "ref", set, "pixels", name + ".dcmtk.raw");
        if (name == "SC_rgb_small_odd_big_endian.dcm" && File.Exists(dcmtkRaw))
        {
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(dcmtkRaw)));
        }

        using var document = JsonDocument.Parse(File.ReadAllText(jsonPath));
        return document.RootElement.GetProperty("sha256").GetString()!;
    }
}
