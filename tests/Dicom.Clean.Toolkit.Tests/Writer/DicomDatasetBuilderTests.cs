using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Writer;

[TestFixture]
public sealed class DicomDatasetBuilderTests
{
    [Test]
    public void Build_KeepsTagOrderAndReplacesRepeatedTags()
    {
        var dataset = new DicomDatasetBuilder()
            .Add(DicomTags.PatientName, "B^B")
            .Add(DicomTags.Modality, "CT")
            .Add(DicomTags.PatientName, "A^A")
            .Build();

        Assert.Multiple(() =>
        {
            Assert.That(dataset.Select(e => e.Tag), Is.EqualTo(new[] { DicomTags.Modality, DicomTags.PatientName }));
            Assert.That(dataset.Find(DicomTags.PatientName)!.GetString(), Is.EqualTo("A^A"));
            Assert.That(dataset.IsInTagOrder, Is.True);
        });
    }

    [TestCase("lowercase", "CS")]
    [TestCase("2024-01-01", "DA")]
    [TestCase("1.02.3", "UI")]
    [TestCase("12.5.", "IS")]
    [TestCase("abc", "DS")]
    [TestCase("42", "AS")]
    [TestCase("A\\B", "LO")]
    public void Add_InvalidValue_ThrowsDicomException(string value, string vr)
    {
        var tag = vr switch
        {
            "CS" => DicomTags.Modality,
            "DA" => DicomTags.StudyDate,
            "UI" => DicomTags.SOPInstanceUID,
            "IS" => DicomTags.InstanceNumber,
            "DS" => DicomTags.SliceThickness,
            "AS" => DicomTags.PatientAge,
            _ => DicomTags.PatientID,
        };

        var ex = Assert.Throws<DicomException>(() => new DicomDatasetBuilder().Add(tag, value));

        Assert.That(ex!.Tag, Is.EqualTo(tag));
    }

    [Test]
    public void Add_VRTheDictionaryForbids_Throws()
    {
        Assert.Throws<DicomException>(() => new DicomDatasetBuilder().Add(DicomTags.Rows, DicomVR.UL, 5u));
    }

    [Test]
    public void Add_WrongNumberOfValues_Throws()
    {
        Assert.Throws<DicomException>(() => new DicomDatasetBuilder().Add(DicomTags.PixelSpacing, "0.5"));
    }

    [Test]
    public void Add_ValueTooLong_Throws()
    {
        Assert.Throws<DicomException>(() => new DicomDatasetBuilder().Add(DicomTags.StationName, new string('A', 17)));
    }

    [Test]
    public void Add_NumberTypeNotMatchingVR_Throws()
    {
        Assert.Throws<DicomException>(() => new DicomDatasetBuilder().Add(DicomTags.Rows, DicomVR.US, 5));
    }

    [Test]
    public void Build_FromExistingDataset_EditsACopy()
    {
        var original = DicomTestData.Mr();

        var edited = new DicomDatasetBuilder(original).Remove(DicomTags.PatientName).Add(DicomTags.PatientID, "NEW").Build();

        Assert.Multiple(() =>
        {
            Assert.That(original.Find(DicomTags.PatientName), Is.Not.Null);
            Assert.That(edited.Find(DicomTags.PatientName), Is.Null);
            Assert.That(edited.Find(DicomTags.PatientID)!.GetString(), Is.EqualTo("NEW"));
            Assert.That(edited.Find(DicomTags.PixelData), Is.SameAs(original.Find(DicomTags.PixelData)));
        });
    }

    [Test]
    public void TestData_ImagesHaveConsistentPixelData()
    {
        var us = DicomPixelData.Find(DicomFile.Read(DicomTestData.ToPart10(DicomTestData.UsMultiFrame(frames: 3))))!;
        var rgb = DicomPixelData.Find(DicomFile.Read(DicomTestData.ToPart10(DicomTestData.Rgb())))!;

        Assert.Multiple(() =>
        {
            Assert.That(us.NumberOfFrames, Is.EqualTo(3));
            Assert.That(us.GetFrameBytes(2).Span[0], Is.EqualTo(unchecked((byte)(2 * 32 * 48 * 3))));
            Assert.That(rgb.Frame.SamplesPerPixel, Is.EqualTo(3));
            Assert.That(rgb.GetFrameBytes(0).Length, Is.EqualTo(16 * 16 * 3));
        });
    }
}
