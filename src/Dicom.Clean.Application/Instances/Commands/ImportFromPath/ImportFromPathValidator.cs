using FluentValidation;

namespace Dicom.Clean.Application.Instances.Commands.ImportFromPath;

/// <summary>A path is required, of sane length, without NUL characters.</summary>
public sealed class ImportFromPathValidator : AbstractValidator<ImportFromPathCommand>
{
    /// <summary>Longest path accepted; PATH_MAX on Linux.</summary>
    public const int MaxPathLength = 4096;

    /// <summary>Creates the validator.</summary>
    public ImportFromPathValidator()
    {
        RuleFor(c => c.Path)
            .NotEmpty().WithMessage("'path' is required.")
            .MaximumLength(MaxPathLength).WithMessage($"'path' must be at most {MaxPathLength} characters.")
            .Must(p => p is null || !p.Contains('\0', StringComparison.Ordinal)).WithMessage("'path' must not contain NUL characters.");
    }
}
