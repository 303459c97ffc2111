using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Instances.Queries.GetInstanceImage;
using Dicom.Clean.Application.Instances.Rendering;
using Dicom.Clean.Domain.Instances;
using Moq;

namespace Dicom.Clean.Application.UnitTests.Queries;

public sealed class GetInstanceImageHandlerTests
{
    private static readonly InstanceId Id = InstanceId.From("iEfcZk3Vn6H8iyqc3seHrm");
    private Mock<IInstanceRepository> _instances = null!;
    private Mock<IBlobStore> _blobs = null!;
    private Mock<IImageRenderer> _renderer = null!;
    private Mock<IDefaultImageQueue> _queue = null!;

    // NUnit shares one fixture object between tests: fresh mocks for each.
    [SetUp]
    public void CreateMocks()
    {
        _instances = new Mock<IInstanceRepository>();
        _blobs = new Mock<IBlobStore>();
        _renderer = new Mock<IImageRenderer>();
        _queue = new Mock<IDefaultImageQueue>();
    }

    [Test]
    public async Task Handle_WithUnknownId_ReturnsNull() =>
        Assert.That(await Handler().Handle(new GetInstanceImageQuery(Id.Value), CancellationToken.None), Is.Null);

    [Test]
    public async Task Handle_WithDefaultRequest_ServesPngRenderedAtIngest()
    {
        Store(rendered: true, frames: 1);
        var png = new MemoryStream([1]);
        _blobs.Setup(b => b.OpenReadAsync(InstanceBlobKeys.Rendered(Id), It.IsAny<CancellationToken>())).ReturnsAsync(png);

        var image = await Handler().Handle(new GetInstanceImageQuery(Id.Value), CancellationToken.None);

        Assert.That(image!.Content, Is.SameAs(png), "no plain file (an encrypting store, say): streamed");
        Assert.That(image.PlainFilePath, Is.Null);
        Assert.That(image.MediaType, Is.EqualTo("image/png"));
        _renderer.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Handle_WithWindowAndJpeg_RendersFromOriginal()
    {
        Store(rendered: true, frames: 3);
        _blobs.Setup(b => b.OpenReadAsync(InstanceBlobKeys.Original(Id), It.IsAny<CancellationToken>())).ReturnsAsync(new MemoryStream([0]));
        _renderer.Setup(r => r.RenderAsync(It.IsAny<Stream>(), new ImageRenderRequest(2, new WindowLevel(40, 400), ImageFormat.Jpeg), It.IsAny<CancellationToken>()))
            .ReturnsAsync(RenderResult.Rendered(new byte[] { 0xFF, 0xD8 }, "image/jpeg"));

        var image = await Handler().Handle(new GetInstanceImageQuery(Id.Value, 2, "40,400", "jpeg"), CancellationToken.None);

        Assert.That(image!.MediaType, Is.EqualTo("image/jpeg"));
        Assert.That(((MemoryStream)image.Content!).ToArray(), Is.EqualTo(new byte[] { 0xFF, 0xD8 }));
        Assert.That(image.EntityTag, Is.EqualTo($"\"{new string('0', 32)}-r1-f2-w40_400-jpeg\""));
    }

    [Test]
    public async Task Handle_WithDefaultRequestAndPlainStoredFile_GivesTheFileToSendAsIs()
    {
        Store(rendered: true, frames: 1);
        _blobs.Setup(b => b.FindPlainFile(InstanceBlobKeys.Rendered(Id))).Returns("/blobs/rendered/iE/iEfcZk3Vn6H8iyqc3seHrm.png");

        var image = await Handler().Handle(new GetInstanceImageQuery(Id.Value), CancellationToken.None);

        Assert.That(image!.PlainFilePath, Is.EqualTo("/blobs/rendered/iE/iEfcZk3Vn6H8iyqc3seHrm.png"));
        Assert.That(image.Content, Is.Null);
        Assert.That(image.EntityTag, Is.EqualTo($"\"{new string('0', 32)}-r1-f1-png\""));
        _blobs.Verify(b => b.OpenReadAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenRendererCannot_ThrowsWithReason()
    {
        Store(rendered: false, frames: 1);
        _blobs.Setup(b => b.OpenReadAsync(InstanceBlobKeys.Original(Id), It.IsAny<CancellationToken>())).ReturnsAsync(new MemoryStream([0]));
        _renderer.Setup(r => r.RenderAsync(It.IsAny<Stream>(), It.IsAny<ImageRenderRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(RenderResult.Unavailable("no pixel data"));

        var ex = Assert.ThrowsAsync<ImageUnavailableException>(async () => await Handler().Handle(new GetInstanceImageQuery(Id.Value), CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo("no pixel data"));
        _queue.Verify(q => q.TryEnqueue(It.IsAny<InstanceId>()), Times.Never, "nothing to store for a file that cannot be rendered");
    }

    [Test]
    public async Task Handle_WithDefaultRequestBeforeThePngIsStored_RendersFromOriginalAndQueuesIt()
    {
        Store(rendered: false, frames: 1);
        _blobs.Setup(b => b.OpenReadAsync(InstanceBlobKeys.Original(Id), It.IsAny<CancellationToken>())).ReturnsAsync(new MemoryStream([0]));
        _renderer.Setup(r => r.RenderAsync(It.IsAny<Stream>(), ImageRenderRequest.Default, It.IsAny<CancellationToken>()))
            .ReturnsAsync(RenderResult.Rendered(new byte[] { 0x89, 0x50 }, "image/png"));

        var image = await Handler().Handle(new GetInstanceImageQuery(Id.Value), CancellationToken.None);

        Assert.That(((MemoryStream)image!.Content!).ToArray(), Is.EqualTo(new byte[] { 0x89, 0x50 }));
        Assert.That(image.EntityTag, Is.EqualTo($"\"{new string('0', 32)}-r1-f1-png\""), "the same tag the stored PNG will carry");
        _queue.Verify(q => q.TryEnqueue(Id), Times.Once);
    }

    [Test]
    public async Task Handle_WithOtherFrameBeforeThePngIsStored_QueuesNothing()
    {
        Store(rendered: false, frames: 2);
        _blobs.Setup(b => b.OpenReadAsync(InstanceBlobKeys.Original(Id), It.IsAny<CancellationToken>())).ReturnsAsync(new MemoryStream([0]));
        _renderer.Setup(r => r.RenderAsync(It.IsAny<Stream>(), It.IsAny<ImageRenderRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(RenderResult.Rendered(new byte[] { 0x89, 0x50 }, "image/png"));

        await Handler().Handle(new GetInstanceImageQuery(Id.Value, 2), CancellationToken.None);

        _queue.VerifyNoOtherCalls();
    }

    [Test]
    public void Handle_WithFrameBeyondLast_Throws()
    {
        Store(rendered: true, frames: 2);

        Assert.ThrowsAsync<ImageUnavailableException>(async () => await Handler().Handle(new GetInstanceImageQuery(Id.Value, 3), CancellationToken.None));
    }

    private GetInstanceImageHandler Handler() => new(_instances.Object, _blobs.Object, _renderer.Object, _queue.Object);

    private void Store(bool rendered, int frames) =>
        _instances.Setup(r => r.FindAsync(Id, It.IsAny<CancellationToken>())).ReturnsAsync(DicomInstance.Create(Id,
            new InstanceAttributes { NumberOfFrames = frames }, new StoredContent(new string('0', 64), 1), rendered, [], DateTimeOffset.UnixEpoch));
}
