using FluentValidation;

namespace Dicom.Clean.Application.Uploads.Commands.CreateUpload;

/// <summary>A length, and metadata of a sane size (the maximum length is checked by the handler: 413, not 400).</summary>
public sealed class CreateUploadValidator : AbstractValidator<CreateUploadCommand>
{
    /// <summary>Most metadata pairs accepted.</summary>
    public const int MaxMetadataPairs = 32;

    /// <summary>Longest metadata value accepted, in characters.</summary>
    public const int MaxMetadataValueLength = 1024;

    /// <summary>Creates the validator.</summary>
    public CreateUploadValidator()
    {
        RuleFor(c => c.Length).GreaterThanOrEqualTo(0).WithMessage("'Upload-Length' must be zero or more.");
        RuleFor(c => c.Metadata)
            .Must(m => m.Count <= MaxMetadataPairs).WithMessage($"'Upload-Metadata' may hold at most {MaxMetadataPairs} pairs.")
            .Must(m => m.Values.All(v => v.Length <= MaxMetadataValueLength))
            .WithMessage($"'Upload-Metadata' values may be at most {MaxMetadataValueLength} characters.");
        RuleFor(c => c.FirstChunkLength).GreaterThanOrEqualTo(0).When(c => c.FirstChunkLength is not null);
    }
}
