using Dicom.Clean.Domain.Jobs;

namespace Dicom.Clean.Application.Jobs.Common;

/// <summary>Job and counts to their answer.</summary>
internal static class ImportJobMapper
{
    public static ImportJobSummaryDto ToSummary(ImportJob job, ImportJobCounts counts) => new(
        job.Id.Value,
        job.State.ToString(),
        job.RequestedPath,
        // Unknown until the folder is listed (never, for a job that failed to list it).
        job.StartedAt is null ? null : counts.Listed,
        counts.Done,
        counts.Stored,
        counts.AlreadyStored,
        counts.Failed,
        job.CreatedAt,
        job.StartedAt,
        job.FinishedAt,
        job.Resumptions,
        job.FailureReason,
        job.RequestedBy);
}
