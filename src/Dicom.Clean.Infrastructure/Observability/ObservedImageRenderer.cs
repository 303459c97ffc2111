using System.Diagnostics;
using Dicom.Clean.Application.Common.Observability;
using Dicom.Clean.Application.Common.Ports;

namespace Dicom.Clean.Infrastructure.Observability;

/// <summary>A <c>render</c> span and the render duration histogram (outcome: rendered, unavailable, failed).</summary>
internal sealed class ObservedImageRenderer(IImageRenderer inner, ServiceTelemetry telemetry) : IImageRenderer
{
    public async Task<RenderResult> RenderAsync(Stream original, ImageRenderRequest request, CancellationToken cancellationToken)
    {
        using var activity = ServiceTelemetry.ActivitySource.StartActivity("render");
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await inner.RenderAsync(original, request, cancellationToken);
            outcome = result.IsAvailable ? "rendered" : "unavailable";
            return result;
        }
        finally
        {
            telemetry.RenderDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("format", request.Format.ToString().ToLowerInvariant()));
            activity?.SetTag("dicom_clean.render.outcome", outcome);
        }
    }
}
