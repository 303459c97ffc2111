using System.Diagnostics;
using Dicom.Clean.Application.Common.Observability;
using Dicom.Clean.Application.Common.Ports;

namespace Dicom.Clean.Infrastructure.Observability;

/// <summary>Blob latency by operation, and a span for each write (stage, commit, write).</summary>
internal sealed class ObservedBlobStore(IBlobStore inner, ServiceTelemetry telemetry) : IBlobStore
{
    public async Task<IStagedBlob> StageAsync(Stream content, CancellationToken cancellationToken)
    {
        using var activity = ServiceTelemetry.ActivitySource.StartActivity("blob.stage");
        var started = Stopwatch.GetTimestamp();
        try
        {
            return new ObservedStagedBlob(await inner.StageAsync(content, cancellationToken), telemetry);
        }
        finally
        {
            Record(telemetry, "stage", started);
        }
    }

    public async Task WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        using var activity = ServiceTelemetry.ActivitySource.StartActivity("blob.write");
        var started = Stopwatch.GetTimestamp();
        try
        {
            await inner.WriteAsync(key, content, cancellationToken);
        }
        finally
        {
            Record(telemetry, "write", started);
        }
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await inner.OpenReadAsync(key, cancellationToken);
        }
        finally
        {
            Record(telemetry, "open", started);
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await inner.DeleteAsync(key, cancellationToken);
        }
        finally
        {
            Record(telemetry, "delete", started);
        }
    }

    private static void Record(ServiceTelemetry telemetry, string operation, long started) =>
        telemetry.BlobDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("operation", operation));

    private sealed class ObservedStagedBlob(IStagedBlob inner, ServiceTelemetry telemetry) : IStagedBlob
    {
        public string Sha256 => inner.Sha256;

        public long SizeBytes => inner.SizeBytes;

        public Stream OpenRead() => inner.OpenRead();

        public async Task CommitAsync(string key, CancellationToken cancellationToken)
        {
            using var activity = ServiceTelemetry.ActivitySource.StartActivity("blob.commit");
            var started = Stopwatch.GetTimestamp();
            try
            {
                await inner.CommitAsync(key, cancellationToken);
            }
            finally
            {
                Record(telemetry, "commit", started);
            }
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
