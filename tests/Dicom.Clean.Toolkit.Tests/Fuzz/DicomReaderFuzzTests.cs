using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Fuzz;

/// <summary>
/// Deterministic fuzzing of the reader, the JSON writer and the display-text walk over corpus files of
/// every encoding (explicit/implicit little endian, big endian, deflated, encapsulated, no meta, private
/// and UN sequences, deep SR trees, a DICOMDIR, a seed MR): a few thousand mutations from fixed seeds
/// (see <see cref="FuzzMutator"/>). Only DicomException may escape, no case may hang, and each stays
/// under an allocation bound (<see cref="FuzzRunner"/>).
/// </summary>
[TestFixture]
public sealed class DicomReaderFuzzTests
{
    /// <summary>Set to a whole number to run that many times the mutations (a deeper local run, new seeds included).</summary>
    private const string ScaleVariable = "DICOM_CLEAN_FUZZ_SCALE";

    private static readonly object[] Files =
    [
        new object[] { "pydicom/CT_small.dcm", 300 },
        new object[] { "pydicom/MR_small_implicit.dcm", 250 },
        new object[] { "pydicom/MR_small_bigendian.dcm", 250 },
        new object[] { "pydicom/ExplVR_BigEndNoMeta.dcm", 150 },
        new object[] { "pydicom/ExplVR_LitEndNoMeta.dcm", 150 },
        new object[] { "pydicom/no_meta_group_length.dcm", 100 },
        new object[] { "pydicom/meta_missing_tsyntax.dcm", 100 },
        new object[] { "pydicom/image_dfl.dcm", 300 },
        new object[] { "pydicom/JPEG2000.dcm", 200 },
        new object[] { "pydicom/MR_small_RLE.dcm", 200 },
        new object[] { "pydicom/SC_rgb_rle_2frame.dcm", 150 },
        new object[] { "pydicom/nested_priv_SQ.dcm", 150 },
        new object[] { "pydicom/priv_SQ.dcm", 150 },
        new object[] { "pydicom/UN_sequence.dcm", 150 },
        new object[] { "pydicom/rtplan.dcm", 250 },
        new object[] { "pydicom/reportsi.dcm", 250 },
        new object[] { "pydicom/test-SR.dcm", 200 },
        new object[] { "pydicom/liver_1frame.dcm", 150 },
        new object[] { "pydicom/rtdose.dcm", 100 },
        new object[] { "pydicom/charset_files/chrSQEncoding.dcm", 100 },
        new object[] { "pydicom/dicomdirtests/DICOMDIR", 200 },
        new object[] { "seed/test-mri/ST000001/SE000002/IM000001", 100 },
    ];

    [TestCaseSource(nameof(Files))]
    public void Read_MutatedFile_ThrowsOnlyDicomExceptionWithinBounds(string relativePath, int mutations)
    {
        var layers = FuzzLayer.From(File.ReadAllBytes(SharedCorpus.CorpusFile(relativePath.Split('/'))));
        var random = new FuzzRandom(FuzzRandom.SeedFrom(relativePath));
        mutations *= int.TryParse(Environment.GetEnvironmentVariable(ScaleVariable), out var scale) && scale > 1 ? scale : 1;
        var failures = new List<string>();
        var rejected = 0;
        for (var i = 0; i < mutations; i++)
        {
            var layer = layers[i % layers.Count];
            var (mutated, how) = FuzzMutator.Mutate(layer, ref random);
            var outcome = FuzzRunner.Run(mutated, FuzzRunner.Options, deflated: layers.Count > 1);
            if (outcome.Problem is { } problem)
            {
                failures.Add($"{relativePath} #{i} ({layer.Name}: {how}): {problem}");
            }

            rejected += outcome.Rejection is null ? 0 : 1;
        }

        TestContext.Out.WriteLine($"{mutations} mutations: {mutations - rejected} read leniently, {rejected} refused with DicomException");
        Assert.That(failures, Is.Empty, string.Join('\n', failures));
    }
}
