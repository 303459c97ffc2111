using System.Diagnostics;
using Dicom.Clean.Application.Common.Exceptions;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Dicom.Clean.Application.Common.Behaviours;

/// <summary>
/// Logs each message's name, outcome and duration. Never the message itself: requests carry
/// paths and stored values, which may be patient data.
/// </summary>
/// <typeparam name="TMessage">The command or query.</typeparam>
/// <typeparam name="TResponse">Its result.</typeparam>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    /// <inheritdoc />
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var name = typeof(TMessage).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogHandled(logger, name, elapsedMs);
            return response;
        }
        catch (Exception ex)
        {
            // The exception type and duration; the reason only where it is known to hold no input
            // (the DICOM reader's and renderer's reasons). Other messages may quote paths or values.
            var exceptionType = ex.GetType().Name;
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var reason = ex switch
            {
                UnreadableDicomException unreadable => unreadable.Message,
                ImageUnavailableException unavailable => unavailable.Message,
                _ => "-",
            };
            LogFailed(logger, name, exceptionType, reason, elapsedMs);
            throw;
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "{RequestName} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string requestName, double elapsedMs);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "{RequestName} ended with {ExceptionType} ({Reason}) after {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string requestName, string exceptionType, string reason, double elapsedMs);
}
