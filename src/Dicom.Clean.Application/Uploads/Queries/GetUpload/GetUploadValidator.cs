using Dicom.Clean.Application.Uploads.Common;
using FluentValidation;

namespace Dicom.Clean.Application.Uploads.Queries.GetUpload;

/// <summary>The key must be well formed.</summary>
public sealed class GetUploadValidator : AbstractValidator<GetUploadQuery>
{
    /// <summary>Creates the validator.</summary>
    public GetUploadValidator() => RuleFor(q => q.Key).MustBeUploadKey();
}
