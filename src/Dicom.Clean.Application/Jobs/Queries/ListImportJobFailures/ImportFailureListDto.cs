using Dicom.Clean.Application.Jobs.Queries.GetImportJob;

namespace Dicom.Clean.Application.Jobs.Queries.ListImportJobFailures;

/// <summary>One page of a job's failures.</summary>
/// <param name="Items">The page, in listing order.</param>
/// <param name="Page">One-based page number.</param>
/// <param name="PageSize">Requested page size.</param>
/// <param name="TotalCount">Failures in all.</param>
public sealed record ImportFailureListDto(IReadOnlyList<ImportFailureDto> Items, int Page, int PageSize, int TotalCount);
