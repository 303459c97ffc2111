using Dicom.Clean.Application.Security.Common;
using FluentValidation;

namespace Dicom.Clean.Application.Security.Commands.CreateApiKey;

/// <summary>A known role; a short printable name.</summary>
public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKeyCommand>
{
    /// <summary>Longest key name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Creates the validator.</summary>
    public CreateApiKeyValidator()
    {
        RuleFor(c => c.Role)
            .Must(r => RoleNames.TryParse(r, out _)).WithMessage("'role' must be reader, writer or admin.");
        RuleFor(c => c.Name)
            .MaximumLength(MaxNameLength)
            .Must(n => n is null || !n.Any(char.IsControl)).WithMessage("'name' must not contain control characters.");
    }
}
