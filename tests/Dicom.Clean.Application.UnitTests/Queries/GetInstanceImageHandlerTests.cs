using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Instances.Queries.GetInstanceImage;
using Dicom.Clean.Domain.Instances;
using Moq;

namespace Dicom.Clean.Application.UnitTests.Queries;

public sealed class GetInstanceImageHandlerTests
{
    private static readonly InstanceId Id = InstanceId.From("iEfcZk3Vn6H8iyqc3seHrm");
    private Mock<IInstanceRepository> _instances = null!;
    private Mock<IBlobStore> _blobs = null!;
    private Mock<IImageRenderer> _renderer = null!;

    // NUnit shares one fixture object between tests: fresh mocks for each.
    [SetUp]
    public void CreateMocks()
    {
        _instances = new Mock<IInstanceRepository>();
        _blobs = new Mock<IBlobStore>();
        _renderer = new Mock<IImageRenderer>();
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

        Assert.That(image!.Content, Is.SameAs(png));
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
        Assert.That(((MemoryStream)image.Content).ToArray(), Is.EqualTo(new byte[] { 0xFF, 0xD8 }));
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
    }

    [Test]
    public void Handle_WithFrameBeyondLast_Throws()
    {
        Store(rendered: true, frames: 2);

        Assert.ThrowsAsync<ImageUnavailableException>(async () => await Handler().Handle(new GetInstanceImageQuery(Id.Value, 3), CancellationToken.None));
    }

    private GetInstanceImageHandler Handler() => new(_instances.Object, _blobs.Object, _renderer.Object);

    private void Store(bool rendered, int frames) =>
        _instances.Setup(r => r.FindAsync(Id, It.IsAny<CancellationToken>())).ReturnsAsync(DicomInstance.Create(Id,
            new InstanceAttributes { NumberOfFrames = frames }, new StoredContent(new string('0', 64), 1), rendered, [], DateTimeOffset.UnixEpoch));
}
