using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Writer;

/// <summary>The round-trip comparison must notice real changes, or the round-trip tests prove nothing.</summary>
[TestFixture]
public sealed class DatasetEquivalenceTests
{
    [Test]
    public void Compare_ChangedValueMissingElementOrItem_AreReported()
    {
        var original = DicomTestData.Ct();
        var changedValue = new DicomDatasetBuilder(original).Add(DicomTags.PatientID, "OTHER").Build();
        var missing = new DicomDatasetBuilder(original).Remove(DicomTags.Modality).Build();
        var fewerItems = new DicomDatasetBuilder(original).AddSequence(DicomTags.ReferencedImageSequence, original.Find(DicomTags.ReferencedImageSequence)!.Items[0]).Build();

        var differences = new List<string>();
        DatasetEquivalence.Compare(original, changedValue, "value ", differences);
        DatasetEquivalence.Compare(original, missing, "missing ", differences);
        DatasetEquivalence.Compare(original, fewerItems, "items ", differences);

        Assert.That(differences.Select(d => d.Split(' ')[0]), Is.EqualTo(new[] { "value", "missing", "items" }));
    }

    [Test]
    public void Compare_PaddingAddedToOddValue_IsAccepted()
    {
        var odd = new DicomDatasetBuilder().Add(DicomTags.PatientID, DicomVR.LO, "ABC"u8.ToArray()).Build();
        var padded = new DicomDatasetBuilder().Add(DicomTags.PatientID, DicomVR.LO, "ABC "u8.ToArray()).Build();

        var differences = new List<string>();
        DatasetEquivalence.Compare(odd, padded, string.Empty, differences);

        Assert.That(differences, Is.Empty);
    }
}
