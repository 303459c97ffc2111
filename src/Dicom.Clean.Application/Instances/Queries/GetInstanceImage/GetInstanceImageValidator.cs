using Dicom.Clean.Application.Instances.Common;
using FluentValidation;

namespace Dicom.Clean.Application.Instances.Queries.GetInstanceImage;

/// <summary>Well-formed id, frame from 1, window <c>center,width</c> with width above 0, format png or jpeg.</summary>
public sealed class GetInstanceImageValidator : AbstractValidator<GetInstanceImageQuery>
{
    /// <summary>Creates the validator.</summary>
    public GetInstanceImageValidator()
    {
        RuleFor(q => q.Id).MustBeInstanceId();
        RuleFor(q => q.Frame).GreaterThanOrEqualTo(1).WithMessage("'frame' must be 1 or more.");
        RuleFor(q => q.Window)
            .Must(w => ImageRequestParser.TryParseWindow(w, out _))
            .WithMessage("'window' must be 'center,width' with a width above 0.");
        RuleFor(q => q.Format)
            .Must(f => ImageRequestParser.TryParseFormat(f, out _))
            .WithMessage("'format' must be 'png' or 'jpeg'.");
    }
}
