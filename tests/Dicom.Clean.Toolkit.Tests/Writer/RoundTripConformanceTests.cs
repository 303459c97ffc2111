using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Tests.Conformance;
using Dicom.Clean.Toolkit.Uids;

namespace Dicom.Clean.Toolkit.Tests.Writer;

/// <summary>
/// read(write(x)) equals x for every corpus file the manifest calls valid: implicit VR files are written
/// implicit, explicit little endian, big endian and deflated ones explicit VR little endian, encapsulated
/// ones in their own syntax (fragments passed through). Writing the result again gives the same bytes.
/// </summary>
[TestFixture]
public sealed class RoundTripConformanceTests
{
    // Valid to read, but without SOP Class UID in the data set or the meta information: Part 10 requires
    // Media Storage SOP Class UID (type 1), so the strict writer refuses them, naming the missing tag.
    private static readonly HashSet<string> WithoutSopUids = ["empty_charset_LEI.dcm"];

    [TestCase("pydicom")]
    [TestCase("seed")]
    public void ReadWriteRead_EveryValidFile_KeepsItsContent(string set)
    {
        var differences = new List<string>();
        var roundTrips = 0;
        var refused = 0;
        foreach (var entry in CorpusManifest.Read(set).Where(e => e.IsValid))
        {
            using var original = DicomFile.Read(File.ReadAllBytes(entry.Path));
            var target = Target(original.TransferSyntax);
            try
            {
                var written = DicomWriter.WriteToArray(original, target);
                var reread = DicomFile.Read(written);
                var rewritten = DicomWriter.WriteToArray(reread, target);

                DatasetEquivalence.Compare(original.Dataset, reread.Dataset, $"{entry}: ", differences);
                // Character set support is the character set's business, not the writer's.
                var warning = reread.Warnings.FirstOrDefault(w => w.Tag != new DicomTag(0x0008, 0x0005));
                if (warning is not null)
                {
                    differences.Add($"{entry}: the written file reads with a warning: {warning}");
                }

                if (!written.AsSpan().SequenceEqual(rewritten))
                {
                    differences.Add($"{entry}: writing the re-read file gives different bytes");
                }

                roundTrips++;
            }
            catch (DicomException ex) when (WithoutSopUids.Contains(entry.RelativePath) && ex.Tag == new DicomTag(0x0008, 0x0016))
            {
                refused++;
            }
            catch (DicomException ex)
            {
                differences.Add($"{entry}: {ex.Message}");
            }
        }

        TestContext.Out.WriteLine($"{roundTrips} files written and read back, {refused} refused for want of SOP UIDs");
        Assert.Multiple(() =>
        {
            Assert.That(roundTrips, Is.GreaterThan(100));
            Assert.That(refused, Is.EqualTo(set == "pydicom" ? WithoutSopUids.Count : 0));
            Assert.That(differences, Is.Empty, string.Join('\n', differences.Take(60)));
        });
    }

    private static DicomTransferSyntax Target(DicomTransferSyntax source) =>
        source.IsEncapsulated ? source
        : source.IsExplicitVR ? DicomTransferSyntax.ExplicitVRLittleEndian
        : DicomTransferSyntax.ImplicitVRLittleEndian;
}
