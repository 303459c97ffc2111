using Dicom.Clean.Domain.Instances;
using FluentValidation;

namespace Dicom.Clean.Application.Instances.Common;

/// <summary>Validation rule shared by every request that names an instance.</summary>
public static class InstanceIdRules
{
    /// <summary>Requires a 22-character base-57 server id.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeInstanceId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("'id' is required.")
            .Must(id => id is null || InstanceId.TryParse(id, out _))
            .WithMessage($"'id' must be {InstanceId.Length} characters of the server's base-57 alphabet.");
}
