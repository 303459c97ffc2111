using Dicom.Clean.Application.Instances.Common;
using FluentValidation;

namespace Dicom.Clean.Application.Instances.Queries.GetInstance;

/// <summary>The id must be well formed.</summary>
public sealed class GetInstanceValidator : AbstractValidator<GetInstanceQuery>
{
    /// <summary>Creates the validator.</summary>
    public GetInstanceValidator() => RuleFor(q => q.Id).MustBeInstanceId();
}
