using Dicom.Clean.Application.Common.Behaviours;
using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Instances.Commands.ImportFromPath;
using Dicom.Clean.Application.Instances.Ingest;

namespace Dicom.Clean.Application.UnitTests.Behaviours;

public sealed class LoggingBehaviourTests
{
    // A path that names a patient, as real import folders often do.
    private const string PatientPath = "/import/DOE^JANE-19700101/IM0001.dcm";

    [Test]
    public async Task Handle_WhenHandled_LogsNameAndDurationButNotTheMessage()
    {
        var logger = new RecordingLogger<LoggingBehaviour<ImportFromPathCommand, StoreResult>>();
        var behaviour = new LoggingBehaviour<ImportFromPathCommand, StoreResult>(logger);

        await behaviour.Handle(new ImportFromPathCommand(PatientPath),
            (_, _) => ValueTask.FromResult(new StoreResult("iEfcZk3Vn6H8iyqc3seHrm", StoreStatus.Stored)), CancellationToken.None);

        Assert.That(logger.Lines, Has.Some.Contains(nameof(ImportFromPathCommand)));
        Assert.That(logger.Lines, Has.None.Contains("DOE"));
    }

    [Test]
    public void Handle_WhenHandlerThrows_LogsExceptionTypeButNotItsMessage()
    {
        var logger = new RecordingLogger<LoggingBehaviour<ImportFromPathCommand, StoreResult>>();
        var behaviour = new LoggingBehaviour<ImportFromPathCommand, StoreResult>(logger);

        Assert.ThrowsAsync<ImportFileNotFoundException>(async () => await behaviour.Handle(new ImportFromPathCommand(PatientPath),
            (_, _) => throw new ImportFileNotFoundException($"missing {PatientPath}"), CancellationToken.None));

        Assert.That(logger.Lines, Has.Some.Contains(nameof(ImportFileNotFoundException)));
        Assert.That(logger.Lines, Has.None.Contains("DOE"));
    }

    [Test]
    public void Handle_WhenFileUnreadable_LogsReasonAndOffset()
    {
        var logger = new RecordingLogger<LoggingBehaviour<ImportFromPathCommand, StoreResult>>();
        var behaviour = new LoggingBehaviour<ImportFromPathCommand, StoreResult>(logger);

        Assert.ThrowsAsync<UnreadableDicomException>(async () => await behaviour.Handle(new ImportFromPathCommand(PatientPath),
            (_, _) => throw new UnreadableDicomException("Element length past the end of the file", 4242), CancellationToken.None));

        Assert.That(logger.Lines, Has.Some.Contains("Element length past the end of the file (at byte offset 4242)"));
        Assert.That(logger.Lines, Has.None.Contains("DOE"));
    }
}
