using Dicom.Clean.Application.Jobs.Common;

namespace Dicom.Clean.Application.Jobs.Queries.GetImportJob;

/// <summary>A job's report: its counts and its first failures in listing order.</summary>
public sealed record ImportJobDto : ImportJobSummaryDto
{
    /// <summary>Failures listed in the report at most; all of them are paged at <c>/jobs/{id}/failures</c>.</summary>
    public const int MaxFailuresShown = 100;

    /// <summary>Creates the report.</summary>
    public ImportJobDto(ImportJobSummaryDto summary, IReadOnlyList<ImportFailureDto> failures)
        : base(summary)
    {
        Failures = failures;
    }

    /// <summary>The first <see cref="MaxFailuresShown"/> failures, in listing order.</summary>
    public IReadOnlyList<ImportFailureDto> Failures { get; init; }
}
