using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Instances.Rendering;
using Dicom.Clean.Domain.Instances;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Dicom.Clean.Application.UnitTests.Rendering;

public sealed class DefaultImageCacheTests
{
    private static readonly InstanceId Id = InstanceId.From("iEfcZk3Vn6H8iyqc3seHrm");
    private static readonly string RenderedKey = InstanceBlobKeys.Rendered(Id);
    private Mock<IInstanceRepository> _instances = null!;
    private Mock<IBlobStore> _blobs = null!;
    private Mock<IImageRenderer> _renderer = null!;
    private List<string> _events = null!;

    [SetUp]
    public void CreateMocks()
    {
        _events = [];
        _instances = new Mock<IInstanceRepository>();
        _blobs = new Mock<IBlobStore>();
        _renderer = new Mock<IImageRenderer>();
        _blobs.Setup(b => b.OpenReadAsync(InstanceBlobKeys.Original(Id), It.IsAny<CancellationToken>())).ReturnsAsync(() => new MemoryStream([0]));
        _blobs.Setup(b => b.WriteAsync(It.IsAny<string>(), It.IsAny<ReadOnlyMemory<byte>>(), It.IsAny<CancellationToken>()))
            .Callback<string, ReadOnlyMemory<byte>, CancellationToken>((key, content, _) => _events.Add($"write {key} {content.Length}"))
            .Returns(Task.CompletedTask);
        _blobs.Setup(b => b.DeleteAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, CancellationToken>((key, _) => _events.Add($"delete {key}"))
            .Returns(Task.CompletedTask);
        _instances.Setup(r => r.SetRenderedImageAsync(Id, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<InstanceId, string, CancellationToken>((_, key, _) => _events.Add($"row {key}"))
            .ReturnsAsync(true);
        _renderer.Setup(r => r.RenderAsync(It.IsAny<Stream>(), ImageRenderRequest.Default, It.IsAny<CancellationToken>()))
            .ReturnsAsync(RenderResult.Rendered(new byte[] { 0x89, 0x50, 0x4E }, "image/png"));
    }

    [Test]
    public async Task Fill_WritesThePngBeforeTheRowNamesIt()
    {
        Store(rendered: false);

        var outcome = await Cache().FillAsync(Id, CancellationToken.None);

        Assert.That(outcome, Is.EqualTo(DefaultImageOutcome.Stored));
        Assert.That(_events, Is.EqualTo(new[] { $"write {RenderedKey} 3", $"row {RenderedKey}" }));
    }

    [Test]
    public async Task Fill_WhenAlreadyStored_DoesNothing()
    {
        Store(rendered: true);

        Assert.That(await Cache().FillAsync(Id, CancellationToken.None), Is.EqualTo(DefaultImageOutcome.AlreadyStored));
        Assert.That(_events, Is.Empty);
        _renderer.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Fill_WhenInstanceUnknown_DoesNothing()
    {
        Assert.That(await Cache().FillAsync(Id, CancellationToken.None), Is.EqualTo(DefaultImageOutcome.InstanceGone));
        Assert.That(_events, Is.Empty);
    }

    [Test]
    public async Task Fill_WhenDeletedWhileRendering_RemovesThePngItWrote()
    {
        Store(rendered: false);
        _instances.Setup(r => r.SetRenderedImageAsync(Id, RenderedKey, It.IsAny<CancellationToken>())).ReturnsAsync(false);

        Assert.That(await Cache().FillAsync(Id, CancellationToken.None), Is.EqualTo(DefaultImageOutcome.InstanceGone));
        Assert.That(_events, Is.EqualTo(new[] { $"write {RenderedKey} 3", $"delete {RenderedKey}" }));
    }

    [Test]
    public async Task Fill_WhenOriginalGone_DoesNothing()
    {
        Store(rendered: false);
        _blobs.Setup(b => b.OpenReadAsync(InstanceBlobKeys.Original(Id), It.IsAny<CancellationToken>())).ReturnsAsync((Stream?)null);

        Assert.That(await Cache().FillAsync(Id, CancellationToken.None), Is.EqualTo(DefaultImageOutcome.InstanceGone));
        Assert.That(_events, Is.Empty);
    }

    [Test]
    public async Task Fill_WhenFileHasNoImage_WritesNothing()
    {
        Store(rendered: false);
        _renderer.Setup(r => r.RenderAsync(It.IsAny<Stream>(), It.IsAny<ImageRenderRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(RenderResult.Unavailable("no pixel data"));

        Assert.That(await Cache().FillAsync(Id, CancellationToken.None), Is.EqualTo(DefaultImageOutcome.NoImage));
        Assert.That(_events, Is.Empty);
    }

    [Test]
    public async Task Fill_WhenRendererThrows_AnswersNoImageAndWritesNothing()
    {
        Store(rendered: false);
        _renderer.Setup(r => r.RenderAsync(It.IsAny<Stream>(), It.IsAny<ImageRenderRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("renderer bug"));

        Assert.That(await Cache().FillAsync(Id, CancellationToken.None), Is.EqualTo(DefaultImageOutcome.NoImage));
        Assert.That(_events, Is.Empty);
    }

    [Test]
    public void Fill_WhenCancelled_Throws()
    {
        Store(rendered: false);
        _renderer.Setup(r => r.RenderAsync(It.IsAny<Stream>(), It.IsAny<ImageRenderRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new OperationCanceledException());

        Assert.ThrowsAsync<OperationCanceledException>(() => Cache().FillAsync(Id, CancellationToken.None));
        Assert.That(_events, Is.Empty);
    }

    private DefaultImageCache Cache() => new(_instances.Object, _blobs.Object, _renderer.Object, NullLogger<DefaultImageCache>.Instance);

    private void Store(bool rendered) =>
        _instances.Setup(r => r.FindAsync(Id, It.IsAny<CancellationToken>())).ReturnsAsync(DicomInstance.Create(Id,
            new InstanceAttributes { Rows = 2, Columns = 2 }, new StoredContent(new string('0', 64), 1), rendered, [], DateTimeOffset.UnixEpoch));
}
