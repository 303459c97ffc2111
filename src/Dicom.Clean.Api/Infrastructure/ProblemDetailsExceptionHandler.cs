using Microsoft.AspNetCore.Diagnostics;

namespace Dicom.Clean.Api.Infrastructure;

/// <summary>Answers every exception that reaches the pipeline with its problem document.</summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client left (cancelled, or the connection reset mid-upload): nobody reads an
            // answer, and it is not a server error. Ingest has already removed what it wrote.
            var exceptionType = exception.GetType().Name;
            LogClientGone(logger, exceptionType);
            return true;
        }

        var problem = ProblemDetailsMap.ToProblem(exception);
        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            var exceptionType = exception.GetType().Name;
            LogUnexpected(logger, exception, exceptionType);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    [LoggerMessage(EventId = 499, Level = LogLevel.Information, Message = "Client left before the answer ({ExceptionType})")]
    private static partial void LogClientGone(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 500, Level = LogLevel.Error, Message = "Unexpected {ExceptionType}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string exceptionType);
}
