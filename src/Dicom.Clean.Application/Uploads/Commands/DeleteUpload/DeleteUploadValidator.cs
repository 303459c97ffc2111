using Dicom.Clean.Application.Uploads.Common;
using FluentValidation;

namespace Dicom.Clean.Application.Uploads.Commands.DeleteUpload;

/// <summary>The key must be well formed.</summary>
public sealed class DeleteUploadValidator : AbstractValidator<DeleteUploadCommand>
{
    /// <summary>Creates the validator.</summary>
    public DeleteUploadValidator() => RuleFor(c => c.Key).MustBeUploadKey();
}
