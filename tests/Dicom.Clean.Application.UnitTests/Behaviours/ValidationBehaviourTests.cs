using Dicom.Clean.Application.Common.Behaviours;
using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Instances.Commands.ImportFromPath;
using Dicom.Clean.Application.Instances.Ingest;
using FluentValidation;

namespace Dicom.Clean.Application.UnitTests.Behaviours;

public sealed class ValidationBehaviourTests
{
    private static readonly StoreResult Stored = new("iEfcZk3Vn6H8iyqc3seHrm", StoreStatus.Stored);

    [Test]
    public void Handle_WithInvalidMessage_ThrowsWithErrorsAndSkipsHandler()
    {
        var behaviour = new ValidationBehaviour<ImportFromPathCommand, StoreResult>([new ImportFromPathValidator()]);
        var called = false;

        var ex = Assert.ThrowsAsync<RequestValidationException>(async () => await behaviour.Handle(
            new ImportFromPathCommand(""),
            (_, _) => { called = true; return ValueTask.FromResult(Stored); },
            CancellationToken.None));

        Assert.That(called, Is.False);
        Assert.That(ex!.Errors.Keys, Is.EquivalentTo(new[] { "Path" }));
    }

    [Test]
    public async Task Handle_WithValidMessage_CallsHandler()
    {
        var behaviour = new ValidationBehaviour<ImportFromPathCommand, StoreResult>([new ImportFromPathValidator()]);

        var result = await behaviour.Handle(new ImportFromPathCommand("a.dcm"), (_, _) => ValueTask.FromResult(Stored), CancellationToken.None);

        Assert.That(result, Is.SameAs(Stored));
    }

    [Test]
    public async Task Handle_WithNoValidators_CallsHandler()
    {
        var behaviour = new ValidationBehaviour<ImportFromPathCommand, StoreResult>(Array.Empty<IValidator<ImportFromPathCommand>>());

        var result = await behaviour.Handle(new ImportFromPathCommand(null), (_, _) => ValueTask.FromResult(Stored), CancellationToken.None);

        Assert.That(result, Is.SameAs(Stored));
    }
}
