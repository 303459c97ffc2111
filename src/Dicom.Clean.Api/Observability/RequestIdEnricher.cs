using Serilog.Core;
using Serilog.Events;

namespace Dicom.Clean.Api.Observability;

/// <summary>
/// Adds <c>RequestId</c> (the server's request identifier) to every line written during a request;
/// the trace and span ids come with each event from the current activity (<c>@tr</c>, <c>@sp</c>).
/// </summary>
public sealed class RequestIdEnricher(IHttpContextAccessor http) : ILogEventEnricher
{
    /// <inheritdoc />
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        if (http.HttpContext?.TraceIdentifier is { } requestId)
        {
            logEvent.AddPropertyIfAbsent(new LogEventProperty("RequestId", new ScalarValue(requestId)));
        }
    }
}
