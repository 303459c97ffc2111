using Dicom.Clean.Application.Instances.Common;
using FluentValidation;

namespace Dicom.Clean.Application.Instances.Queries.GetOriginalFile;

/// <summary>The id must be well formed.</summary>
public sealed class GetOriginalFileValidator : AbstractValidator<GetOriginalFileQuery>
{
    /// <summary>Creates the validator.</summary>
    public GetOriginalFileValidator() => RuleFor(q => q.Id).MustBeInstanceId();
}
