using Dicom.Clean.Application.Jobs.Common;
using FluentValidation;

namespace Dicom.Clean.Application.Jobs.Queries.GetImportJob;

/// <summary>The id must be well formed.</summary>
public sealed class GetImportJobValidator : AbstractValidator<GetImportJobQuery>
{
    /// <summary>Creates the validator.</summary>
    public GetImportJobValidator() => RuleFor(q => q.Id).MustBeImportJobId();
}
