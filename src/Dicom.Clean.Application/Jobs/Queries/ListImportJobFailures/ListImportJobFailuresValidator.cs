using Dicom.Clean.Application.Jobs.Common;
using FluentValidation;

namespace Dicom.Clean.Application.Jobs.Queries.ListImportJobFailures;

/// <summary>A well-formed id, page from 1, page size within bounds.</summary>
public sealed class ListImportJobFailuresValidator : AbstractValidator<ListImportJobFailuresQuery>
{
    /// <summary>Largest page served.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Creates the validator.</summary>
    public ListImportJobFailuresValidator()
    {
        RuleFor(q => q.Id).MustBeImportJobId();
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("'page' must be 1 or more.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithMessage($"'pageSize' must be between 1 and {MaxPageSize}.");
    }
}
