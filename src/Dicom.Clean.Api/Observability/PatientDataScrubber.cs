using Serilog.Core;
using Serilog.Events;

namespace Dicom.Clean.Api.Observability;

/// <summary>
/// Removes what framework logs may quote from a request at Debug/Trace level: the query string
/// (<c>?patientId=</c>), action arguments (an import path may name a patient), and full URLs.
/// Our own lines never carry such values; this covers the framework's.
/// </summary>
public sealed class PatientDataScrubber : ILogEventEnricher
{
    private static readonly string[] Scrubbed = ["QueryString", "Arguments", "Query", "Url", "Uri", "RequestUri", "RedirectUri", "Values"];
    private static readonly ScalarValue Redacted = new("[redacted]");

    /// <inheritdoc />
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var name in Scrubbed)
        {
            if (logEvent.Properties.TryGetValue(name, out var value) && !IsEmpty(value))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, Redacted));
            }
        }
    }

    private static bool IsEmpty(LogEventPropertyValue value) =>
        value is ScalarValue { Value: null } || (value is ScalarValue { Value: string s } && s.Length == 0);
}
