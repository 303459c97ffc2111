using Dicom.Clean.Application.Common.Auditing;
using Dicom.Clean.Application.Instances.Commands.DeleteInstance;
using Dicom.Clean.Application.Instances.Queries.GetInstanceTags;
using Dicom.Clean.Application.Instances.Queries.ListInstances;
using Dicom.Clean.Domain.Security;
using Moq;

namespace Dicom.Clean.Application.UnitTests.Security;

public sealed class AuditBehaviourTests
{
    private const string Id = "iEfcZk3Vn6H8iyqc3seHrm";
    private readonly Mock<IAuditRecorder> _audit = new();

    [Test]
    public async Task Read_OfAFoundInstance_IsRecordedWithItsId()
    {
        var behaviour = new AuditBehaviour<GetInstanceTagsQuery, InstanceTagsDto?>(_audit.Object);

        await behaviour.Handle(new GetInstanceTagsQuery(Id), (_, _) => ValueTask.FromResult<InstanceTagsDto?>(new InstanceTagsDto(Id, [])), CancellationToken.None);

        _audit.Verify(a => a.RecordAsync(AuditAction.Read, Id, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Read_OfAnUnknownInstance_IsNotRecorded()
    {
        var behaviour = new AuditBehaviour<GetInstanceTagsQuery, InstanceTagsDto?>(_audit.Object);

        await behaviour.Handle(new GetInstanceTagsQuery(Id), (_, _) => ValueTask.FromResult<InstanceTagsDto?>(null), CancellationToken.None);

        _audit.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Delete_ThatFoundNothing_IsNotRecorded_ThatDeleted_Is()
    {
        var behaviour = new AuditBehaviour<DeleteInstanceCommand, bool>(_audit.Object);

        await behaviour.Handle(new DeleteInstanceCommand(Id), (_, _) => ValueTask.FromResult(false), CancellationToken.None);
        _audit.VerifyNoOtherCalls();
        await behaviour.Handle(new DeleteInstanceCommand(Id), (_, _) => ValueTask.FromResult(true), CancellationToken.None);

        _audit.Verify(a => a.RecordAsync(AuditAction.Delete, Id, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task List_IsRecordedWithoutAnyInstanceOrFilter()
    {
        var behaviour = new AuditBehaviour<ListInstancesQuery, InstanceListDto>(_audit.Object);

        await behaviour.Handle(new ListInstancesQuery(PatientId: "SECRET"), (_, _) => ValueTask.FromResult(new InstanceListDto([], 1, 50, 0)), CancellationToken.None);

        _audit.Verify(a => a.RecordAsync(AuditAction.List, null, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public void FailedHandler_IsNotRecorded()
    {
        var behaviour = new AuditBehaviour<DeleteInstanceCommand, bool>(_audit.Object);

        Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await behaviour.Handle(new DeleteInstanceCommand(Id), (_, _) => throw new InvalidOperationException(), CancellationToken.None));

        _audit.VerifyNoOtherCalls();
    }
}
