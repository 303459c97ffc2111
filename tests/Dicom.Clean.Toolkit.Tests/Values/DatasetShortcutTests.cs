using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.Tests.Support;
using Dicom.Clean.Toolkit.Uids;

namespace Dicom.Clean.Toolkit.Tests.Values;

[TestFixture]
public sealed class DatasetShortcutTests
{
    [Test]
    public void IdentifyingAttributes_AreReadWithShortcuts()
    {
        var file = DicomFile.Read(DicomTestData.ToPart10(DicomTestData.UsMultiFrame(frames: 5, rows: 20, columns: 30)));
        var dataset = file.Dataset;

        Assert.Multiple(() =>
        {
            Assert.That(dataset.GetString(DicomTags.SOPClassUID), Is.EqualTo(DicomTestData.UltrasoundMultiFrameImageStorage));
            Assert.That(DicomUidRegistry.GetName(dataset.GetString(DicomTags.SOPClassUID)), Is.EqualTo("Ultrasound Multi-frame Image Storage"));
            Assert.That(dataset.GetString(DicomTags.Modality), Is.EqualTo("US"));
            Assert.That(dataset.GetString(DicomTags.PatientID), Is.EqualTo("TEST-001"));
            Assert.That(dataset.GetPersonName(DicomTags.PatientName)!.FamilyName, Is.EqualTo("Test"));
            Assert.That(dataset.GetDate(DicomTags.StudyDate), Is.EqualTo(new DateOnly(2024, 1, 31)));
            Assert.That(dataset.GetInt32(DicomTags.Rows), Is.EqualTo(20));
            Assert.That(dataset.GetInt32(DicomTags.Columns), Is.EqualTo(30));
            Assert.That(dataset.GetInt32(DicomTags.NumberOfFrames), Is.EqualTo(5));
            Assert.That(file.TransferSyntax.Uid, Is.EqualTo("1.2.840.10008.1.2.1"));
            Assert.That(dataset.GetString(DicomTags.AccessionNumber), Is.Null);
            Assert.That(dataset.GetInt32(DicomTags.AccessionNumber), Is.Null);
            Assert.That(dataset.GetString(DicomTags.PixelData), Is.Null, "bulk values are not text");
        });
    }
}
