namespace Dicom.Clean.Domain.Jobs;

/// <summary>What importing one file of a job did.</summary>
/// <param name="FileId">The file's database key.</param>
/// <param name="State">Stored, AlreadyStored or Failed.</param>
/// <param name="InstanceId">Server id of the instance stored or found.</param>
/// <param name="Reason">Why it failed; never patient data.</param>
public sealed record ImportFileOutcome(long FileId, ImportFileState State, string? InstanceId, string? Reason)
{
    /// <summary>Stored (new) or AlreadyStored.</summary>
    public static ImportFileOutcome Success(long fileId, ImportFileState state, string instanceId) => new(fileId, state, instanceId, null);

    /// <summary>Not stored, and why.</summary>
    public static ImportFileOutcome Failure(long fileId, string reason) => new(fileId, ImportFileState.Failed, null, reason);
}
