using Dicom.Clean.Domain.Jobs;
using FluentValidation;

namespace Dicom.Clean.Application.Jobs.Common;

/// <summary>Validation rule shared by every request that names a job.</summary>
public static class ImportJobIdRules
{
    /// <summary>Requires a 22-character base-57 job id.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeImportJobId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("'id' is required.")
            .Must(id => id is null || ImportJobId.TryParse(id, out _))
            .WithMessage("'id' must be 22 characters of the server's base-57 alphabet.");
}
