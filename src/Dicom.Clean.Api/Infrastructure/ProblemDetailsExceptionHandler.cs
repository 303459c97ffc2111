using Microsoft.AspNetCore.Diagnostics;

namespace Dicom.Clean.Api.Infrastructure;

/// <summary>Answers every exception that reaches the pipeline with its problem document.</summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client left; nobody reads an answer.
            return true;
        }

        var problem = ProblemDetailsMap.ToProblem(exception);
        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(logger, exception, exception.GetType().Name);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Error, Message = "Unexpected {ExceptionType}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string exceptionType);
}
