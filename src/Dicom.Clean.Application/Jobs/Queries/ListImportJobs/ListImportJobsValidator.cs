using FluentValidation;

namespace Dicom.Clean.Application.Jobs.Queries.ListImportJobs;

/// <summary>Page from 1, page size within bounds.</summary>
public sealed class ListImportJobsValidator : AbstractValidator<ListImportJobsQuery>
{
    /// <summary>Largest page served.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Creates the validator.</summary>
    public ListImportJobsValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("'page' must be 1 or more.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithMessage($"'pageSize' must be between 1 and {MaxPageSize}.");
    }
}
