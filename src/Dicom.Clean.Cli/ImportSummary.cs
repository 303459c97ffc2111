namespace Dicom.Clean.Cli;

/// <summary>What an import did, however it ran.</summary>
/// <param name="Total">Files found.</param>
/// <param name="Stored">Stored as new instances.</param>
/// <param name="Duplicates">Already stored (same bytes).</param>
/// <param name="Failed">Not stored.</param>
/// <param name="Failures">Failed files (path and reason), possibly only the first ones.</param>
/// <param name="Note">A line to print under the table (where to find the rest, why a job failed).</param>
/// <param name="JobFailed">The server's job failed as a whole (its folder could not be listed).</param>
internal sealed record ImportSummary(
    int Total, int Stored, int Duplicates, int Failed, IReadOnlyList<(string Path, string Reason)> Failures, string? Note = null, bool JobFailed = false);
