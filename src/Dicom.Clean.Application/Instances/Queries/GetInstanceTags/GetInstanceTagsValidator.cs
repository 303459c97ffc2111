using Dicom.Clean.Application.Instances.Common;
using FluentValidation;

namespace Dicom.Clean.Application.Instances.Queries.GetInstanceTags;

/// <summary>The id must be well formed.</summary>
public sealed class GetInstanceTagsValidator : AbstractValidator<GetInstanceTagsQuery>
{
    /// <summary>Creates the validator.</summary>
    public GetInstanceTagsValidator() => RuleFor(q => q.Id).MustBeInstanceId();
}
