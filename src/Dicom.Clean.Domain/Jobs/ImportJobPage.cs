namespace Dicom.Clean.Domain.Jobs;

/// <summary>A page of jobs with their counts, newest first.</summary>
/// <param name="Items">The jobs and their counts.</param>
/// <param name="TotalCount">Jobs in all.</param>
public sealed record ImportJobPage(IReadOnlyList<(ImportJob Job, ImportJobCounts Counts)> Items, int TotalCount);
