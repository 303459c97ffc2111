using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Domain.Tags;

namespace Dicom.Clean.Domain.UnitTests.Instances;

public sealed class DicomInstanceTests
{
    private static readonly InstanceId Id = InstanceId.From("iEfcZk3Vn6H8iyqc3seHrm");

    [Test]
    public void Create_WithRenderedImage_DerivesBothBlobKeysFromId()
    {
        var instance = DicomInstance.Create(Id, new InstanceAttributes(), new StoredContent(new string('a', 64), 10), true, [], DateTimeOffset.UnixEpoch);

        Assert.That(instance.OriginalBlobKey, Is.EqualTo("originals/iE/iEfcZk3Vn6H8iyqc3seHrm.dcm"));
        Assert.That(instance.RenderedBlobKey, Is.EqualTo("rendered/iE/iEfcZk3Vn6H8iyqc3seHrm.png"));
        Assert.That(instance.BlobKeys(), Is.EqualTo(new[] { instance.OriginalBlobKey, instance.RenderedBlobKey }));
    }

    [Test]
    public void Create_WithoutRenderedImage_HasOnlyOriginalBlob()
    {
        var instance = DicomInstance.Create(Id, new InstanceAttributes(), new StoredContent(new string('a', 64), 10), false, [], DateTimeOffset.UnixEpoch);

        Assert.That(instance.RenderedBlobKey, Is.Null);
        Assert.That(instance.BlobKeys(), Is.EqualTo(new[] { instance.OriginalBlobKey }));
    }

    [Test]
    public void Create_CopiesAttributesContentAndTagValues()
    {
        var attributes = new InstanceAttributes
        {
            StudyInstanceUid = "1.2.3", SeriesInstanceUid = "1.2.3.4", SopInstanceUid = "1.2.3.4.5", SopClassUid = "1.2.840.10008.5.1.4.1.1.4",
            Modality = "MR", PatientId = "P1", PatientName = "Doe^Jane", StudyDate = "20200101",
            TransferSyntaxUid = "1.2.840.10008.1.2.1", Rows = 512, Columns = 256, NumberOfFrames = 1,
        };
        var value = new InstanceTagValue(0, string.Empty, new TagDefinition(0x00080060, "CS", "Modality"), "MR");

        var instance = DicomInstance.Create(Id, attributes, new StoredContent(new string('b', 64), 1234), false, [value], DateTimeOffset.UnixEpoch);

        Assert.Multiple(() =>
        {
            Assert.That(instance.Id, Is.EqualTo(Id));
            Assert.That(instance.SopInstanceUid, Is.EqualTo("1.2.3.4.5"));
            Assert.That(instance.PatientName, Is.EqualTo("Doe^Jane"));
            Assert.That(instance.Rows, Is.EqualTo(512));
            Assert.That(instance.Columns, Is.EqualTo(256));
            Assert.That(instance.Sha256, Is.EqualTo(new string('b', 64)));
            Assert.That(instance.SizeBytes, Is.EqualTo(1234));
            Assert.That(instance.TagValues, Is.EqualTo(new[] { value }));
        });
    }
}
