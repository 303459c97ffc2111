using Dicom.Clean.Domain.Security;

namespace Dicom.Clean.Domain.Jobs;

/// <summary>
/// A folder import: every file below a folder inside the import roots, imported in the background.
/// The listing is fixed when the job starts (its files are rows), so counts stay truthful across
/// restarts: a job found Running at start is resumed, not restarted.
/// </summary>
public sealed class ImportJob
{
    private ImportJob()
    {
        RequestedPath = string.Empty;
        FolderPath = string.Empty;
        RequestedBy = string.Empty;
    }

    /// <summary>Server id.</summary>
    public ImportJobId Id { get; private set; }

    /// <summary>The path as the client sent it (shown back; never logged).</summary>
    public string RequestedPath { get; private set; }

    /// <summary>The folder's absolute, resolved path inside the import roots.</summary>
    public string FolderPath { get; private set; }

    /// <summary>
    /// Who asked for the job (API key id, <c>anonymous</c>, <c>jwt:&lt;subject&gt;</c>): the job's
    /// stores are audited under this caller, also after a restart.
    /// </summary>
    public string RequestedBy { get; private set; }

    /// <summary>The requesting caller's role, when authenticated.</summary>
    public ApiKeyRole? RequestedByRole { get; private set; }

    /// <summary>The requesting caller's IP address, when known.</summary>
    public string? RequestedFrom { get; private set; }

    /// <summary>Where the job is.</summary>
    public ImportJobState State { get; private set; }

    /// <summary>When it was accepted.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When its folder was listed and import began.</summary>
    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>When it completed or failed.</summary>
    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>How many times it was resumed after the service stopped while it ran.</summary>
    public int Resumptions { get; private set; }

    /// <summary>Why the job failed as a whole (the folder could not be listed).</summary>
    public string? FailureReason { get; private set; }

    /// <summary>A new job, queued.</summary>
    /// <param name="id">Server id.</param>
    /// <param name="requestedPath">The path as the client sent it.</param>
    /// <param name="folderPath">The folder's resolved path.</param>
    /// <param name="now">When it was accepted.</param>
    /// <param name="requestedBy">The caller's id, as the audit log names it.</param>
    /// <param name="requestedByRole">The caller's role, when authenticated.</param>
    /// <param name="requestedFrom">The caller's address, when known.</param>
    public static ImportJob Create(
        ImportJobId id, string requestedPath, string folderPath, DateTimeOffset now,
        string requestedBy, ApiKeyRole? requestedByRole, string? requestedFrom)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestedPath);
        ArgumentException.ThrowIfNullOrEmpty(folderPath);
        ArgumentException.ThrowIfNullOrEmpty(requestedBy);
        return new ImportJob
        {
            Id = id, RequestedPath = requestedPath, FolderPath = folderPath, State = ImportJobState.Queued, CreatedAt = now,
            RequestedBy = requestedBy, RequestedByRole = requestedByRole, RequestedFrom = requestedFrom,
        };
    }

    /// <summary>The folder is listed: import begins.</summary>
    public void Start(DateTimeOffset now)
    {
        Require(ImportJobState.Queued);
        State = ImportJobState.Running;
        StartedAt = now;
    }

    /// <summary>Found running at start: the service stopped while it ran.</summary>
    public void Resume()
    {
        Require(ImportJobState.Running);
        Resumptions++;
    }

    /// <summary>Every file has an outcome.</summary>
    public void Complete(DateTimeOffset now)
    {
        Require(ImportJobState.Running);
        State = ImportJobState.Completed;
        FinishedAt = now;
    }

    /// <summary>The folder could not be listed.</summary>
    public void Fail(string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        if (State is ImportJobState.Completed or ImportJobState.Failed)
        {
            throw new InvalidOperationException($"A {State} job cannot fail.");
        }

        State = ImportJobState.Failed;
        FailureReason = reason;
        FinishedAt = now;
    }

    private void Require(ImportJobState state)
    {
        if (State != state)
        {
            throw new InvalidOperationException($"The job is {State}, not {state}.");
        }
    }
}
