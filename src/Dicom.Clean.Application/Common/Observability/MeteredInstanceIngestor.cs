using System.Diagnostics;
using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Instances.Ingest;

namespace Dicom.Clean.Application.Common.Observability;

/// <summary>
/// Measures every ingest, whatever the entry point: one <c>ingest</c> span (parent of the parse,
/// blob and commit spans), the outcome count, the bytes read and the duration, and parse failures
/// by reason.
/// </summary>
internal sealed class MeteredInstanceIngestor(IInstanceIngestor inner, ServiceTelemetry telemetry) : IInstanceIngestor
{
    public async Task<StoreResult> IngestAsync(Stream content, CancellationToken cancellationToken)
    {
        using var activity = ServiceTelemetry.ActivitySource.StartActivity("ingest");
        var started = Stopwatch.GetTimestamp();
        await using var counting = new CountingReadStream(content);
        var outcome = "failed";
        try
        {
            var result = await inner.IngestAsync(counting, cancellationToken);
            outcome = result.Status == StoreStatus.Stored ? "stored" : "already_stored";
            activity?.SetTag("dicom_clean.instance.id", result.Id);
            return result;
        }
        catch (UnreadableDicomException ex)
        {
            outcome = "unreadable";
            telemetry.ParseFailures.Add(1, new KeyValuePair<string, object?>("reason", telemetry.ReasonLabel(ex.Reason)));
            activity?.SetStatus(ActivityStatusCode.Error, "unreadable");
            throw;
        }
        catch (InstanceConflictException)
        {
            outcome = "conflict";
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            var tag = new KeyValuePair<string, object?>("outcome", outcome);
            telemetry.Ingested.Add(1, tag);
            telemetry.IngestSize.Record(counting.BytesRead, tag);
            telemetry.IngestDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tag);
            activity?.SetTag("dicom_clean.ingest.outcome", outcome);
            activity?.SetTag("dicom_clean.ingest.bytes", counting.BytesRead);
        }
    }
}
