using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Instances.Queries.GetOriginalFile;
using Dicom.Clean.Domain.Instances;
using Moq;

namespace Dicom.Clean.Application.UnitTests.Queries;

public sealed class GetOriginalFileHandlerTests
{
    private static readonly InstanceId Id = InstanceId.From("iEfcZk3Vn6H8iyqc3seHrm");

    [Test]
    public async Task Handle_WhenStoreKeepsPlainFile_GivesItsPathWithoutOpeningIt()
    {
        var blobs = new Mock<IBlobStore>();
        blobs.Setup(b => b.FindPlainFile(InstanceBlobKeys.Original(Id))).Returns("/blobs/originals/iE/x.dcm");

        var file = await new GetOriginalFileHandler(Stored(), blobs.Object).Handle(new GetOriginalFileQuery(Id.Value), CancellationToken.None);

        Assert.That(file, Is.EqualTo(new OriginalFile(null, "/blobs/originals/iE/x.dcm", new string('a', 64))));
        blobs.Verify(b => b.OpenReadAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Handle_WhenStoreHasNoPlainFile_StreamsTheBlob()
    {
        // An encrypting store: its files are ciphertext, so it offers none and decrypts on read.
        var blobs = new Mock<IBlobStore>();
        var content = new MemoryStream([1, 2]);
        blobs.Setup(b => b.OpenReadAsync(InstanceBlobKeys.Original(Id), It.IsAny<CancellationToken>())).ReturnsAsync(content);

        var file = await new GetOriginalFileHandler(Stored(), blobs.Object).Handle(new GetOriginalFileQuery(Id.Value), CancellationToken.None);

        Assert.That(file!.Content, Is.SameAs(content));
        Assert.That(file.PlainFilePath, Is.Null);
    }

    private static IInstanceRepository Stored()
    {
        var instances = new Mock<IInstanceRepository>();
        instances.Setup(r => r.FindAsync(Id, It.IsAny<CancellationToken>())).ReturnsAsync(
            DicomInstance.Create(Id, new InstanceAttributes(), new StoredContent(new string('a', 64), 2), false, [], DateTimeOffset.UnixEpoch));
        return instances.Object;
    }
}
