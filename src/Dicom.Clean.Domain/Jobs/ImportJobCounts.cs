namespace Dicom.Clean.Domain.Jobs;

/// <summary>How many files of a job are in each state, counted from their rows (never kept apart, so never out of step).</summary>
/// <param name="Listed">Files listed when the job started.</param>
/// <param name="Stored">Stored as new instances.</param>
/// <param name="AlreadyStored">Already stored before (same bytes).</param>
/// <param name="Failed">Not stored.</param>
public sealed record ImportJobCounts(int Listed, int Stored, int AlreadyStored, int Failed)
{
    /// <summary>No file listed.</summary>
    public static ImportJobCounts None { get; } = new(0, 0, 0, 0);

    /// <summary>Files with an outcome.</summary>
    public int Done => Stored + AlreadyStored + Failed;
}
