using FluentValidation;

namespace Dicom.Clean.Application.Instances.Commands.StoreInstance;

/// <summary>The content must be a readable stream.</summary>
public sealed class StoreInstanceValidator : AbstractValidator<StoreInstanceCommand>
{
    /// <summary>Creates the validator.</summary>
    public StoreInstanceValidator()
    {
        RuleFor(c => c.Content)
            .NotNull().WithMessage("A file is required.")
            .Must(s => s is null || s.CanRead).WithMessage("The content cannot be read.");
    }
}
