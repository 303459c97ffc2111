using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Common.Security;
using Dicom.Clean.Application.Jobs.Commands.StartFolderImport;
using Dicom.Clean.Application.Jobs.Running;
using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Domain.Jobs;
using Dicom.Clean.Domain.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Dicom.Clean.Application.UnitTests.Jobs;

public sealed class StartFolderImportHandlerTests
{
    private Mock<IImportFolderSource> _folders = null!;
    private Mock<IImportJobRepository> _jobs = null!;
    private ImportJobSignal _signal = null!;

    [SetUp]
    public void CreateFakes()
    {
        _folders = new Mock<IImportFolderSource>();
        _jobs = new Mock<IImportJobRepository>();
        _signal = new ImportJobSignal();
    }

    [Test]
    public async Task Handle_WithFolder_StoresAQueuedJobAndWakesTheWorker()
    {
        _folders.Setup(f => f.ResolveFolder("study")).Returns("/import/study");
        ImportJob? added = null;
        _jobs.Setup(j => j.AddAsync(It.IsAny<ImportJob>(), It.IsAny<CancellationToken>())).Callback<ImportJob, CancellationToken>((j, _) => added = j).Returns(Task.CompletedTask);

        var job = await Handler().Handle(new StartFolderImportCommand("study"), CancellationToken.None);

        Assert.That(job!.State, Is.EqualTo("Queued"));
        Assert.That(job.Total, Is.Null);
        Assert.That(added!.FolderPath, Is.EqualTo("/import/study"));
        Assert.That(added.RequestedPath, Is.EqualTo("study"));
        Assert.That((added.RequestedBy, added.RequestedByRole, added.RequestedFrom), Is.EqualTo(("writerkey", (ApiKeyRole?)ApiKeyRole.Writer, "10.1.2.3")), "the caller, for the job's audit");
        Assert.That(_signal.WaitAsync(CancellationToken.None).IsCompleted, Is.True, "the worker was signalled");
    }

    [Test]
    public async Task Handle_WithPathThatIsNoFolder_ReturnsNullAndStoresNothing()
    {
        _folders.Setup(f => f.ResolveFolder("study/a.dcm")).Returns((string?)null);

        var job = await Handler().Handle(new StartFolderImportCommand("study/a.dcm"), CancellationToken.None);

        Assert.That(job, Is.Null);
        _jobs.VerifyNoOtherCalls();
    }

    [Test]
    public void Handle_WithPathOutsideTheRoots_LetsTheRefusalThrough()
    {
        _folders.Setup(f => f.ResolveFolder("/etc")).Throws(new ImportPathForbiddenException("The path is outside the configured import roots."));

        Assert.ThrowsAsync<ImportPathForbiddenException>(async () => await Handler().Handle(new StartFolderImportCommand("/etc"), CancellationToken.None));
    }

    private StartFolderImportHandler Handler()
    {
        var ids = new Mock<IInstanceIdGenerator>();
        ids.Setup(i => i.NewId()).Returns(InstanceId.From("iEfcZk3Vn6H8iyqc3seHrm"));
        var caller = new CallerContext();
        caller.Set(new Caller("writerkey", ApiKeyRole.Writer, "10.1.2.3"));
        return new StartFolderImportHandler(_folders.Object, _jobs.Object, ids.Object, TimeProvider.System, _signal, caller, NullLogger<StartFolderImportHandler>.Instance);
    }
}
