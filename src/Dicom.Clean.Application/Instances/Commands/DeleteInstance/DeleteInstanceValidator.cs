using Dicom.Clean.Application.Instances.Common;
using FluentValidation;

namespace Dicom.Clean.Application.Instances.Commands.DeleteInstance;

/// <summary>The id must be a well-formed server id.</summary>
public sealed class DeleteInstanceValidator : AbstractValidator<DeleteInstanceCommand>
{
    /// <summary>Creates the validator.</summary>
    public DeleteInstanceValidator() => RuleFor(c => c.Id).MustBeInstanceId();
}
