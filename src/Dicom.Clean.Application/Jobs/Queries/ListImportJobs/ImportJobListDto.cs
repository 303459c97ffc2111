using Dicom.Clean.Application.Jobs.Common;

namespace Dicom.Clean.Application.Jobs.Queries.ListImportJobs;

/// <summary>One page of jobs.</summary>
/// <param name="Items">The page, newest first.</param>
/// <param name="Page">One-based page number.</param>
/// <param name="PageSize">Requested page size.</param>
/// <param name="TotalCount">Jobs in all.</param>
public sealed record ImportJobListDto(IReadOnlyList<ImportJobSummaryDto> Items, int Page, int PageSize, int TotalCount);
