using System.Diagnostics;
using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Domain.Tags;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dicom.Clean.Application.Instances.Ingest;

/// <summary>
/// The ingest order: stage (hash) -> parse -> detect duplicate -> render -> write blobs -> commit
/// rows in one transaction. Same bytes are answered as already stored; same SOP Instance UID with
/// other bytes is a conflict, or a new version when <see cref="IngestOptions.DuplicatePolicy"/> keeps
/// them. A failure after the first blob write removes every blob written, so
/// nothing is ever half-stored; a lost race against a concurrent ingest of the same instance is
/// answered as if the winner had been there first.
/// </summary>
internal sealed partial class InstanceIngestor(
    IBlobStore blobs,
    IDicomParser parser,
    IImageRenderer renderer,
    IInstanceRepository instances,
    IInstanceIdGenerator ids,
    TimeProvider clock,
    IOptions<IngestOptions> options,
    ILogger<InstanceIngestor> logger) : IInstanceIngestor
{
    private bool KeepVersions => options.Value.DuplicatePolicy == DuplicatePolicy.KeepVersions;

    public async Task<StoreResult> IngestAsync(Stream content, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var staged = await blobs.StageAsync(content, cancellationToken);

        ParsedDicom parsed;
        await using (var read = staged.OpenRead())
        {
            parsed = await parser.ParseAsync(read, cancellationToken);
        }

        var sopInstanceUid = parsed.Attributes.SopInstanceUid;
        if (await FindDuplicateAsync(staged.Sha256, sopInstanceUid, cancellationToken) is { } duplicate)
        {
            LogAlreadyStored(logger, duplicate.Id, staged.SizeBytes);
            return duplicate;
        }

        var id = ids.NewId();
        var rendered = await RenderAsync(staged, id, cancellationToken);
        var written = new List<string>(2);
        var version = 1;
        try
        {
            var originalKey = InstanceBlobKeys.Original(id);
            await staged.CommitAsync(originalKey, cancellationToken);
            written.Add(originalKey);
            if (rendered.IsAvailable)
            {
                var renderedKey = InstanceBlobKeys.Rendered(id);
                written.Add(renderedKey);
                await blobs.WriteAsync(renderedKey, rendered.Content, cancellationToken);
            }

            var instance = DicomInstance.Create(
                id,
                parsed.Attributes,
                new StoredContent(staged.Sha256, staged.SizeBytes),
                rendered.IsAvailable,
                ToTagValues(parsed.Elements),
                clock.GetUtcNow());
            if (KeepVersions && !string.IsNullOrEmpty(sopInstanceUid))
            {
                await instances.AddAsNewVersionAsync(instance, cancellationToken);
            }
            else
            {
                await instances.AddAsync(instance, cancellationToken);
            }

            version = instance.Version;
        }
        catch (DuplicateInstanceException)
        {
            await RemoveBlobsAsync(written);
            var winner = await FindDuplicateAsync(staged.Sha256, sopInstanceUid, CancellationToken.None);
            if (winner is null)
            {
                throw;
            }

            LogAlreadyStored(logger, winner.Id, staged.SizeBytes);
            return winner;
        }
        catch
        {
            await RemoveBlobsAsync(written);
            throw;
        }

        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogStored(logger, id.Value, version, staged.SizeBytes, parsed.Elements.Count, parsed.Warnings.Count, elapsedMs);
        return new StoreResult(id.Value, StoreStatus.Stored);
    }

    private async Task<StoreResult?> FindDuplicateAsync(string sha256, string? sopInstanceUid, CancellationToken cancellationToken)
    {
        if (await instances.FindBySha256Async(sha256, cancellationToken) is { } same)
        {
            return new StoreResult(same.Id.Value, StoreStatus.AlreadyStored);
        }

        if (!string.IsNullOrEmpty(sopInstanceUid)
            && await instances.FindBySopInstanceUidAsync(sopInstanceUid, cancellationToken) is { } other)
        {
            // Same bytes committed by a concurrent ingest between the two lookups: not a conflict.
            if (string.Equals(other.Sha256, sha256, StringComparison.Ordinal))
            {
                return new StoreResult(other.Id.Value, StoreStatus.AlreadyStored);
            }

            // Other bytes: a new version when versions are kept (stored by the caller), else a conflict.
            if (!KeepVersions)
            {
                throw InstanceConflictException.ForExisting(other.Id.Value);
            }
        }

        return null;
    }

    private async Task<RenderResult> RenderAsync(IStagedBlob staged, InstanceId id, CancellationToken cancellationToken)
    {
        await using var read = staged.OpenRead();
        RenderResult result;
        try
        {
            result = await renderer.RenderAsync(read, ImageRenderRequest.Default, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A renderer bug must not lose a file the parser read: store it without an image and
            // log the bug loudly; GET /image then renders again and shows the same error.
            LogRenderFailed(logger, ex, id.Value);
            return RenderResult.Unavailable("The renderer failed on this file.");
        }

        if (!result.IsAvailable)
        {
            LogNoImage(logger, id.Value, result.UnavailableReason!);
        }

        return result;
    }

    private static IEnumerable<InstanceTagValue> ToTagValues(IReadOnlyList<ParsedElement> elements)
    {
        // One definition object per distinct (tag, VR, keyword); the repository matches them
        // against stored definitions.
        var definitions = new Dictionary<(uint, string, string), TagDefinition>();
        for (var i = 0; i < elements.Count; i++)
        {
            var e = elements[i];
            if (!definitions.TryGetValue((e.Tag, e.Vr, e.Keyword), out var definition))
            {
                definition = new TagDefinition(e.Tag, e.Vr, e.Keyword);
                definitions.Add((e.Tag, e.Vr, e.Keyword), definition);
            }

            yield return new InstanceTagValue(i, e.Path, definition, e.Value);
        }
    }

    private async Task RemoveBlobsAsync(List<string> keys)
    {
        foreach (var key in keys)
        {
            // Not cancellable: compensation must finish even when the request was aborted.
            await blobs.DeleteAsync(key, CancellationToken.None);
        }
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Information,
        Message = "Stored instance {InstanceId} (version {Version}): {SizeBytes} bytes, {ElementCount} elements, {WarningCount} warnings, {ElapsedMs:0.0} ms")]
    private static partial void LogStored(ILogger logger, string instanceId, int version, long sizeBytes, int elementCount, int warningCount, double elapsedMs);

    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Content of {SizeBytes} bytes already stored as {InstanceId}")]
    private static partial void LogAlreadyStored(ILogger logger, string instanceId, long sizeBytes);

    [LoggerMessage(EventId = 203, Level = LogLevel.Error, Message = "Renderer failed on instance {InstanceId}; stored without an image")]
    private static partial void LogRenderFailed(ILogger logger, Exception exception, string instanceId);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "No image for instance {InstanceId}: {Reason}")]
    private static partial void LogNoImage(ILogger logger, string instanceId, string reason);
}
