using Dicom.Clean.Application.Instances.Commands.ImportFromPath;
using FluentValidation;

namespace Dicom.Clean.Application.Jobs.Commands.StartFolderImport;

/// <summary>The same path rules as a single-file import.</summary>
public sealed class StartFolderImportValidator : AbstractValidator<StartFolderImportCommand>
{
    /// <summary>Creates the validator.</summary>
    public StartFolderImportValidator()
    {
        RuleFor(c => c.Path)
            .NotEmpty().WithMessage("'path' is required.")
            .MaximumLength(ImportFromPathValidator.MaxPathLength).WithMessage($"'path' must be at most {ImportFromPathValidator.MaxPathLength} characters.")
            .Must(p => p is null || !p.Contains('\0', StringComparison.Ordinal)).WithMessage("'path' must not contain NUL characters.");
    }
}
