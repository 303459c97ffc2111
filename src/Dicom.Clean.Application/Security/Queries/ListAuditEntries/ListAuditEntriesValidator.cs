using Dicom.Clean.Domain.Security;
using FluentValidation;

namespace Dicom.Clean.Application.Security.Queries.ListAuditEntries;

/// <summary>Page bounds, a known action, sane filter lengths.</summary>
public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntriesQuery>
{
    /// <summary>Largest page served.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Creates the validator.</summary>
    public ListAuditEntriesValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("'page' must be 1 or more.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithMessage($"'pageSize' must be between 1 and {MaxPageSize}.");
        RuleFor(q => q.KeyId).MaximumLength(200);
        RuleFor(q => q.InstanceId).MaximumLength(64);
        RuleFor(q => q.Action)
            .Must(a => a is null || Enum.TryParse<AuditAction>(a, ignoreCase: true, out _))
            .WithMessage($"'action' must be one of {string.Join(", ", Enum.GetNames<AuditAction>())}.");
    }
}
