namespace Dicom.Clean.Cli;

/// <summary>The fields of <c>GET /jobs/{id}</c> the client shows.</summary>
internal sealed record JobReport(
    string Id,
    string State,
    int? Total,
    int Done,
    int Stored,
    int Duplicates,
    int Failed,
    IReadOnlyList<JobFailure>? Failures,
    string? FailureReason)
{
    public bool IsFinished => State is "Completed" or "Failed";
}
