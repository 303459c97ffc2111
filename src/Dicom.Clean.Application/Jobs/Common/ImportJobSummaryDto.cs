namespace Dicom.Clean.Application.Jobs.Common;

/// <summary>A folder import job and its counts.</summary>
/// <param name="Id">Server id.</param>
/// <param name="State"><c>Queued</c>, <c>Running</c>, <c>Completed</c> or <c>Failed</c>.</param>
/// <param name="Path">The folder as the client named it.</param>
/// <param name="Total">Files listed when the job started; null until then (and for a job whose folder could not be listed).</param>
/// <param name="Done">Files with an outcome: <paramref name="Stored"/> + <paramref name="Duplicates"/> + <paramref name="Failed"/>.</param>
/// <param name="Stored">Files stored as new instances.</param>
/// <param name="Duplicates">Files whose bytes were already stored (AlreadyStored).</param>
/// <param name="Failed">Files not stored (not DICOM, damaged, a conflicting SOP Instance UID...).</param>
/// <param name="CreatedAt">When the job was accepted.</param>
/// <param name="StartedAt">When its folder was listed.</param>
/// <param name="FinishedAt">When it completed or failed.</param>
/// <param name="Resumptions">How many times it resumed after the service stopped while it ran.</param>
/// <param name="FailureReason">Why the job failed as a whole (its folder could not be listed).</param>
/// <param name="RequestedBy">Who started it and whom it acts and is audited for: an API key id,
/// <c>anonymous</c>, or <c>jwt:</c> and the token's subject; <c>system</c> for a job queued before
/// callers were recorded.</param>
public record ImportJobSummaryDto(
    string Id,
    string State,
    string Path,
    int? Total,
    int Done,
    int Stored,
    int Duplicates,
    int Failed,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int Resumptions,
    string? FailureReason,
    string RequestedBy);
