using System.Diagnostics;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Domain.Instances;
using Microsoft.Extensions.Logging;

namespace Dicom.Clean.Application.Instances.Rendering;

/// <summary>
/// The default image of an instance (the PNG <c>GET /image</c> serves without parameters), kept
/// as a blob next to the original. Filling it writes the PNG durably first and records its key on
/// the row second, so a row never names a missing PNG; a PNG whose row went away meanwhile is
/// removed again.
/// </summary>
public sealed partial class DefaultImageCache(
    IInstanceRepository instances,
    IBlobStore blobs,
    IImageRenderer renderer,
    ILogger<DefaultImageCache> logger)
{
    /// <summary>Renders and stores the default image of a stored instance that has none yet.</summary>
    /// <returns>What happened; never throws for a file that cannot be rendered.</returns>
    public async Task<DefaultImageOutcome> FillAsync(InstanceId id, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var instance = await instances.FindAsync(id, cancellationToken);
        if (instance is null)
        {
            return DefaultImageOutcome.InstanceGone;
        }

        if (instance.RenderedBlobKey is not null)
        {
            return DefaultImageOutcome.AlreadyStored;
        }

        RenderResult rendered;
        await using (var original = await blobs.OpenReadAsync(instance.OriginalBlobKey, cancellationToken))
        {
            if (original is null)
            {
                // Deleted between the lookup and the read.
                return DefaultImageOutcome.InstanceGone;
            }

            rendered = await RenderAsync(original, id, cancellationToken);
        }

        if (!rendered.IsAvailable)
        {
            return DefaultImageOutcome.NoImage;
        }

        var key = InstanceBlobKeys.Rendered(id);
        await blobs.WriteAsync(key, rendered.Content, cancellationToken);
        // Not cancellable once the PNG is written: a stop then still records it (one short commit).
        if (!await instances.SetRenderedImageAsync(id, key, CancellationToken.None))
        {
            // The instance was deleted while it rendered: its rows are gone, so is this PNG.
            await blobs.DeleteAsync(key, CancellationToken.None);
            return DefaultImageOutcome.InstanceGone;
        }

        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogStored(logger, id.Value, rendered.Content.Length, elapsedMs);
        return DefaultImageOutcome.Stored;
    }

    /// <summary>
    /// Renders the default image from an original. A renderer bug is logged loudly and answered as
    /// no image: it must not lose a file the parser read (GET /image renders again and shows the error).
    /// </summary>
    internal async Task<RenderResult> RenderAsync(Stream original, InstanceId id, CancellationToken cancellationToken)
    {
        RenderResult result;
        try
        {
            result = await renderer.RenderAsync(original, ImageRenderRequest.Default, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRenderFailed(logger, ex, id.Value);
            return RenderResult.Unavailable("The renderer failed on this file.");
        }

        if (!result.IsAvailable)
        {
            LogNoImage(logger, id.Value, result.UnavailableReason!);
        }

        return result;
    }

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "No image for instance {InstanceId}: {Reason}")]
    private static partial void LogNoImage(ILogger logger, string instanceId, string reason);

    [LoggerMessage(EventId = 203, Level = LogLevel.Error, Message = "Renderer failed on instance {InstanceId}; stored without an image")]
    private static partial void LogRenderFailed(ILogger logger, Exception exception, string instanceId);

    [LoggerMessage(EventId = 204, Level = LogLevel.Debug, Message = "Stored the default image of {InstanceId}: {SizeBytes} bytes, {ElapsedMs:0.0} ms")]
    private static partial void LogStored(ILogger logger, string instanceId, int sizeBytes, double elapsedMs);
}

/// <summary>The result of <see cref="DefaultImageCache.FillAsync"/>.</summary>
public enum DefaultImageOutcome
{
    /// <summary>The PNG was written and its key recorded.</summary>
    Stored,

    /// <summary>The instance already had its PNG; nothing was done.</summary>
    AlreadyStored,

    /// <summary>The file has no image the renderer can make (logged); nothing was written.</summary>
    NoImage,

    /// <summary>The instance is not (or no longer) stored; nothing is left behind.</summary>
    InstanceGone,
}
