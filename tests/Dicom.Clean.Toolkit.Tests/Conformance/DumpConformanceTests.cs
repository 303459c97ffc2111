using Dicom.Clean.Toolkit.IO;

namespace Dicom.Clean.Toolkit.Tests.Conformance;

/// <summary>
/// Walks the shared corpus with its manifests: every valid file parses and equals dcmdump's view of it
/// (references made by <c>dcmdump +L -M</c>, DCMTK 3.6.7, see corpus/README.md); every broken file gives
/// the toolkit's exception or a warning with an offset, never anything else.
/// </summary>
[TestFixture]
public sealed class DumpConformanceTests
{
    [TestCase("pydicom")]
    [TestCase("seed")]
    public void Dump_EveryValidFile_MatchesDcmdump(string set)
    {
        var differences = new List<string>();
        var checkedFiles = 0;
        var checkedElements = 0;
        foreach (var entry in CorpusManifest.Read(set).Where(e => e.IsValid))
        {
            try
            {
                using var file = DicomFile.Read(File.ReadAllBytes(entry.Path));
                var (meta, dataset) = DcmdumpParser.Parse(entry.DumpPath);
                var comparer = new DumpComparer(entry.ToString(), differences);
                comparer.CompareDataset(file.FileMetaInformation, meta, "meta:");
                comparer.CompareDataset(file.Dataset, dataset, string.Empty);
                checkedFiles++;
                checkedElements += comparer.ComparedElements;
            }
            catch (DicomException ex)
            {
                differences.Add($"{entry}: {ex.Message}");
            }
        }

        TestContext.Out.WriteLine($"{checkedFiles} files, {checkedElements} elements compared with dcmdump");
        Assert.Multiple(() =>
        {
            Assert.That(checkedFiles, Is.GreaterThan(100), "files compared");
            Assert.That(checkedElements, Is.GreaterThan(checkedFiles * 20), "elements compared");
            Assert.That(differences, Is.Empty, string.Join('\n', differences.Take(80)));
        });
    }

    [TestCase("pydicom")]
    [TestCase("seed")]
    public void Broken_EveryBrokenFile_GivesToolkitExceptionOrWarningWithOffset(string set)
    {
        var outcomes = new List<string>();
        var problems = new List<string>();
        foreach (var entry in CorpusManifest.Read(set).Where(e => e.Category == "broken"))
        {
            try
            {
                using var file = DicomFile.Read(File.ReadAllBytes(entry.Path));
                var problem = file.Warnings.Count > 0 ? file.Warnings[0] : ImageProblem(file);
                if (problem is null)
                {
                    problems.Add($"{entry}: read without a warning");
                }
                else
                {
                    outcomes.Add($"{entry}: warning {problem}");
                }
            }
            catch (DicomException ex) when (ex.Offset is not null)
            {
                outcomes.Add($"{entry}: {ex.Message}");
            }
        }

        TestContext.Out.WriteLine(string.Join('\n', outcomes));
        Assert.That(problems, Is.Empty);
    }

    /// <summary>
    /// Two files are "broken" only because they hold pixel data without Rows, Columns or Photometric
    /// Interpretation: the pixel data API reports that as a warning-level problem with an offset.
    /// </summary>
    private static DicomReadWarning? ImageProblem(DicomFile file)
    {
        var pixels = Model.DicomPixelData.Find(file);
        if (pixels is null || pixels.FrameBitLength > 0 && pixels.Frame.PhotometricInterpretation.Length > 0)
        {
            return null;
        }

        return new DicomReadWarning(pixels.Element.Offset, pixels.Element.Tag, "Pixel data without Rows, Columns or Photometric Interpretation");
    }
}
