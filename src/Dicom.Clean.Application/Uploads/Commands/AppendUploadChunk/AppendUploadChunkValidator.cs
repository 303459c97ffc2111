using Dicom.Clean.Application.Uploads.Common;
using FluentValidation;

namespace Dicom.Clean.Application.Uploads.Commands.AppendUploadChunk;

/// <summary>A well-formed key, an offset of zero or more, a readable body.</summary>
public sealed class AppendUploadChunkValidator : AbstractValidator<AppendUploadChunkCommand>
{
    /// <summary>Creates the validator.</summary>
    public AppendUploadChunkValidator()
    {
        RuleFor(c => c.Key).MustBeUploadKey();
        RuleFor(c => c.Offset).GreaterThanOrEqualTo(0).WithMessage("'Upload-Offset' must be zero or more.");
        RuleFor(c => c.Body).NotNull().Must(b => b is null || b.CanRead).WithMessage("The chunk cannot be read.");
        RuleFor(c => c.BodyLength).GreaterThanOrEqualTo(0).When(c => c.BodyLength is not null);
    }
}
