using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;

namespace Dicom.Clean.Application.Common.Observability;

/// <summary>
/// The service's own meter and activity source ("Dicom.Clean"): ingest count, size and duration,
/// parse failures by reason, render, database and blob latency, refused requests. Tags are
/// bounded (outcomes, operation names, digit-free reasons); never an id or a value.
/// </summary>
public sealed partial class ServiceTelemetry
{
    /// <summary>Name of the meter and of the activity source.</summary>
    public const string Name = "Dicom.Clean";

    private const int MaxReasons = 100;
    private readonly HashSet<string> _reasons = new(StringComparer.Ordinal);
    private readonly Lock _reasonsLock = new();

    /// <summary>Creates the instruments on a meter of the host's factory.</summary>
    public ServiceTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Name);
        Ingested = meter.CreateCounter<long>("dicom_clean.ingest.instances", "{instance}", "Files ingested, by outcome (stored, already_stored, conflict, unreadable, failed).");
        IngestSize = meter.CreateHistogram<long>("dicom_clean.ingest.size", "By", "Size of ingested files.",
            advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [1 << 10, 1 << 14, 1 << 17, 1 << 20, 1 << 22, 1 << 24, 1 << 26, 1 << 28, 1 << 30] });
        IngestDuration = meter.CreateHistogram<double>("dicom_clean.ingest.duration", "s", "Time to ingest one file (stage, parse, render, blobs, commit).", advice: SecondsAdvice);
        ParseFailures = meter.CreateCounter<long>("dicom_clean.parse.failures", "{file}", "Files refused as unreadable DICOM, by reason (digits masked).");
        RenderDuration = meter.CreateHistogram<double>("dicom_clean.render.duration", "s", "Time to render one frame, by outcome.", advice: SecondsAdvice);
        DatabaseDuration = meter.CreateHistogram<double>("dicom_clean.db.operation.duration", "s", "Database command and commit latency, by operation.", advice: SecondsAdvice);
        BlobDuration = meter.CreateHistogram<double>("dicom_clean.blob.operation.duration", "s", "Blob store latency, by operation (stage, commit, write, open, delete).", advice: SecondsAdvice);
        AuthFailures = meter.CreateCounter<long>("dicom_clean.auth.failures", "{request}", "Requests refused by authentication (401) or authorization (403), by reason.");
    }

    /// <summary>Spans of ingest (parse, blob write, commit), rendering and storage.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name);

    /// <summary>Files ingested by outcome.</summary>
    public Counter<long> Ingested { get; }

    /// <summary>Ingested file sizes.</summary>
    public Histogram<long> IngestSize { get; }

    /// <summary>Ingest durations.</summary>
    public Histogram<double> IngestDuration { get; }

    /// <summary>Unreadable files by reason.</summary>
    public Counter<long> ParseFailures { get; }

    /// <summary>Render durations.</summary>
    public Histogram<double> RenderDuration { get; }

    /// <summary>Database latency.</summary>
    public Histogram<double> DatabaseDuration { get; }

    /// <summary>Blob store latency.</summary>
    public Histogram<double> BlobDuration { get; }

    /// <summary>Refused requests.</summary>
    public Counter<long> AuthFailures { get; }

    private static InstrumentAdvice<double> SecondsAdvice { get; } = new()
    {
        HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    };

    /// <summary>
    /// A parse failure reason fit for a metric label: digits masked (lengths and offsets vary per
    /// file), at most 120 characters, and at most 100 distinct reasons before <c>other</c>.
    /// </summary>
    public string ReasonLabel(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var label = Digits().Replace(reason, "N");
        label = label.Length > 120 ? label[..120] : label;
        lock (_reasonsLock)
        {
            return _reasons.Contains(label) || (_reasons.Count < MaxReasons && _reasons.Add(label)) ? label : "other";
        }
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
