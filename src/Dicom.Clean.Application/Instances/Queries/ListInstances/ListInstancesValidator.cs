using FluentValidation;

namespace Dicom.Clean.Application.Instances.Queries.ListInstances;

/// <summary>Page from 1, page size within bounds, filters of sane length.</summary>
public sealed class ListInstancesValidator : AbstractValidator<ListInstancesQuery>
{
    /// <summary>Largest page served.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Longest filter value (64 is the longest UI/LO value in DICOM).</summary>
    public const int MaxFilterLength = 64;

    /// <summary>Creates the validator.</summary>
    public ListInstancesValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("'page' must be 1 or more.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithMessage($"'pageSize' must be between 1 and {MaxPageSize}.");
        RuleFor(q => q.PatientId).MaximumLength(MaxFilterLength);
        RuleFor(q => q.StudyInstanceUid).MaximumLength(MaxFilterLength);
        RuleFor(q => q.SeriesInstanceUid).MaximumLength(MaxFilterLength);
        RuleFor(q => q.Modality).MaximumLength(16);
    }
}
