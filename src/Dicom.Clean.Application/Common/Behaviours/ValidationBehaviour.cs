using Dicom.Clean.Application.Common.Exceptions;
using FluentValidation;
using Mediator;

namespace Dicom.Clean.Application.Common.Behaviours;

/// <summary>
/// Runs every validator of a message before its handler, so each entry point (REST, uploads,
/// later DICOMweb) validates the same way. Failures become one <see cref="RequestValidationException"/>.
/// </summary>
/// <typeparam name="TMessage">The command or query.</typeparam>
/// <typeparam name="TResponse">Its result.</typeparam>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private readonly IValidator<TMessage>[] _validators = validators.ToArray();

    /// <inheritdoc />
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        if (_validators.Length > 0)
        {
            var context = new ValidationContext<TMessage>(message);
            var failures = new List<FluentValidation.Results.ValidationFailure>();
            foreach (var validator in _validators)
            {
                var result = await validator.ValidateAsync(context, cancellationToken);
                failures.AddRange(result.Errors);
            }

            if (failures.Count > 0)
            {
                throw new RequestValidationException(failures);
            }
        }

        return await next(message, cancellationToken);
    }
}
