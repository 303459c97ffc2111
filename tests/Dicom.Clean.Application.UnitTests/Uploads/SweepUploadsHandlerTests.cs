using Dicom.Clean.Application.Uploads.Commands.SweepUploads;
using Dicom.Clean.Application.Uploads.Common;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Dicom.Clean.Application.UnitTests.Uploads;

public sealed class SweepUploadsHandlerTests
{
    [Test]
    public async Task Sweep_RemovesExpiredUploads()
    {
        var f = new UploadFixture();
        f.Clock.Now = UploadFixture.Now.AddDays(2);
        f.Store.Setup(s => s.ListAsync(It.IsAny<CancellationToken>())).Returns(new[] { f.Upload }.ToAsyncEnumerable());

        var result = await Handler(f).Handle(new SweepUploadsCommand(), CancellationToken.None);

        Assert.That(result, Is.EqualTo(new UploadSweepResult(1, 0)));
        Assert.That(f.Events, Is.EqualTo(new[] { "delete" }));
    }

    [Test]
    public async Task Sweep_FinishesACompleteUploadACrashLeftWithoutOutcome()
    {
        var f = new UploadFixture(length: 10, offset: 10);
        f.Store.Setup(s => s.ListAsync(It.IsAny<CancellationToken>())).Returns(new[] { f.Upload }.ToAsyncEnumerable());

        var result = await Handler(f).Handle(new SweepUploadsCommand(), CancellationToken.None);

        Assert.That(result, Is.EqualTo(new UploadSweepResult(0, 1)));
        Assert.That(f.Upload.Outcome!.Kind, Is.EqualTo(UploadOutcomeKind.Stored));
    }

    [Test]
    public async Task Sweep_LeavesAnUploadInProgressAlone()
    {
        var f = new UploadFixture(length: 10, offset: 4);
        f.Store.Setup(s => s.ListAsync(It.IsAny<CancellationToken>())).Returns(new[] { f.Upload }.ToAsyncEnumerable());

        var result = await Handler(f).Handle(new SweepUploadsCommand(), CancellationToken.None);

        Assert.That(result, Is.EqualTo(new UploadSweepResult(0, 0)));
        Assert.That(f.Events, Is.Empty);
    }

    private static SweepUploadsHandler Handler(UploadFixture f) =>
        new(f.Store.Object, f.Finisher(), f.Clock, NullLogger<SweepUploadsHandler>.Instance);
}
