using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Instances.Commands.DeleteInstance;
using Dicom.Clean.Domain.Instances;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Dicom.Clean.Application.UnitTests.Commands;

public sealed class DeleteInstanceHandlerTests
{
    private static readonly InstanceId Id = InstanceId.From("iEfcZk3Vn6H8iyqc3seHrm");

    [TestCase(true, TestName = "Handle_WithStoredInstance_RemovesRowsThenBlobs")]
    [TestCase(false, TestName = "Handle_BeforeItsPngIsRecorded_RemovesThePngAWorkerMayHaveWritten")]
    public async Task Handle_RemovesRowsThenBlobs(bool pngRecorded)
    {
        var order = new List<string>();
        var instances = new Mock<IInstanceRepository>();
        var blobs = new Mock<IBlobStore>();
        instances.Setup(r => r.FindAsync(Id, It.IsAny<CancellationToken>())).ReturnsAsync(
            DicomInstance.Create(Id, new InstanceAttributes(), new StoredContent(new string('0', 64), 1), pngRecorded, [], DateTimeOffset.UnixEpoch));
        instances.Setup(r => r.RemoveAsync(Id, It.IsAny<CancellationToken>())).Callback(() => order.Add("rows")).ReturnsAsync(true);
        blobs.Setup(b => b.DeleteAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, CancellationToken>((k, _) => order.Add(k)).Returns(Task.CompletedTask);

        var deleted = await new DeleteInstanceHandler(instances.Object, blobs.Object, NullLogger<DeleteInstanceHandler>.Instance)
            .Handle(new DeleteInstanceCommand(Id.Value), CancellationToken.None);

        Assert.That(deleted, Is.True);
        Assert.That(order, Is.EqualTo(new[] { "rows", InstanceBlobKeys.Original(Id), InstanceBlobKeys.Rendered(Id) }));
    }

    [Test]
    public async Task Handle_WithUnknownId_ReturnsFalseAndDeletesNothing()
    {
        var blobs = new Mock<IBlobStore>();

        var deleted = await new DeleteInstanceHandler(new Mock<IInstanceRepository>().Object, blobs.Object, NullLogger<DeleteInstanceHandler>.Instance)
            .Handle(new DeleteInstanceCommand(Id.Value), CancellationToken.None);

        Assert.That(deleted, Is.False);
        blobs.VerifyNoOtherCalls();
    }
}
