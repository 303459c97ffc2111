using FluentValidation;

namespace Dicom.Clean.Application.Security.Commands.RevokeApiKey;

/// <summary>A key id is required, of sane length.</summary>
public sealed class RevokeApiKeyValidator : AbstractValidator<RevokeApiKeyCommand>
{
    /// <summary>Creates the validator.</summary>
    public RevokeApiKeyValidator() => RuleFor(c => c.Id).NotEmpty().MaximumLength(64);
}
