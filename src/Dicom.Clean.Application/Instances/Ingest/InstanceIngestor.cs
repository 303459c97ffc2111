using System.Diagnostics;
using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Instances.Rendering;
using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Domain.Tags;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dicom.Clean.Application.Instances.Ingest;

/// <summary>
/// The ingest order: stage (hash, and keep a copy in memory) -> parse -> detect duplicate ->
/// commit the original -> commit rows in one transaction -> queue the default image, rendered
/// after the answer (<see cref="IngestRendering.AfterAnswer"/>, the default). With
/// <see cref="IngestRendering.BeforeAnswer"/> the PNG is rendered and written in parallel with the
/// original's flush, before the rows. Same bytes are answered as already stored; same SOP
/// Instance UID with other bytes is a conflict, or a new version when
/// <see cref="IngestOptions.DuplicatePolicy"/> keeps them. A
/// failure after the first blob write removes every blob written, so nothing is ever half-stored;
/// a lost race against a concurrent ingest of the same instance is answered as if the winner had
/// been there first.
/// </summary>
internal sealed partial class InstanceIngestor(
    IBlobStore blobs,
    IDicomParser parser,
    DefaultImageCache defaultImages,
    IDefaultImageQueue defaultImageQueue,
    IInstanceRepository instances,
    IInstanceIdGenerator ids,
    TimeProvider clock,
    IOptions<IngestOptions> options,
    ILogger<InstanceIngestor> logger) : IInstanceIngestor
{
    // Uploads up to this size are parsed and rendered from the copy kept while staging (a pooled
    // buffer); larger ones from the staged blob, without holding them in memory. 8 MiB holds every
    // CT/MR slice and most DX; a larger upload costs at most ~16 MiB of buffers (grown by doubling,
    // then given back), which keeps a 256 MiB upload's allocations under an eighth of its size.
    internal const int InMemoryLimitBytes = 8 * 1024 * 1024;

    private bool KeepVersions => options.Value.DuplicatePolicy == DuplicatePolicy.KeepVersions;

    private bool RenderBeforeAnswer => options.Value.Rendering == IngestRendering.BeforeAnswer;

    public async Task<StoreResult> IngestAsync(Stream content, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var received = new CopyingReadStream(content, InMemoryLimitBytes);
        await using var staged = await blobs.StageAsync(received, cancellationToken);
        var inMemory = received.IsComplete;
        var source = new IngestSource(staged, received.Copy);

        ParsedDicom parsed;
        await using (var read = source.Open())
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
        var written = new WrittenBlobs();
        var version = 1;
        try
        {
            var hasImage = false;
            if (!RenderBeforeAnswer)
            {
                await CommitOriginalAsync(staged, id, written, cancellationToken);
            }
            else if (inMemory)
            {
                // The render (CPU) and the PNG's write overlap the original's flush to disk.
                var render = Task.Run(() => RenderAndWriteAsync(source, id, written, cancellationToken), cancellationToken);
                var commit = CommitOriginalAsync(staged, id, written, cancellationToken);
                await Task.WhenAll(render, commit);
                hasImage = await render;
            }
            else
            {
                // The staged file is the only copy: read it for the render before it moves.
                hasImage = await RenderAndWriteAsync(source, id, written, cancellationToken);
                await CommitOriginalAsync(staged, id, written, cancellationToken);
            }

            var instance = DicomInstance.Create(
                id,
                parsed.Attributes,
                new StoredContent(staged.Sha256, staged.SizeBytes),
                hasImage,
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

        if (!RenderBeforeAnswer && HasPixelData(parsed.Elements))
        {
            // A full queue drops it: then the first GET /image renders it and queues it again.
            defaultImageQueue.TryEnqueue(id);
        }

        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogStored(logger, id.Value, version, staged.SizeBytes, parsed.Elements.Count, parsed.Warnings.Count, elapsedMs);
        return new StoreResult(id.Value, StoreStatus.Stored);
    }

    private static async Task CommitOriginalAsync(IStagedBlob staged, InstanceId id, WrittenBlobs written, CancellationToken cancellationToken)
    {
        var originalKey = InstanceBlobKeys.Original(id);
        await staged.CommitAsync(originalKey, cancellationToken);
        written.Add(originalKey);
    }

    // True when a PNG was written under the instance's rendered key.
    private async Task<bool> RenderAndWriteAsync(IngestSource source, InstanceId id, WrittenBlobs written, CancellationToken cancellationToken)
    {
        var rendered = await RenderAsync(source, id, cancellationToken);
        if (!rendered.IsAvailable)
        {
            return false;
        }

        var renderedKey = InstanceBlobKeys.Rendered(id);
        // Recorded before the write, so a write that fails halfway is still removed.
        written.Add(renderedKey);
        await blobs.WriteAsync(renderedKey, rendered.Content, cancellationToken);
        return true;
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

    private async Task<RenderResult> RenderAsync(IngestSource source, InstanceId id, CancellationToken cancellationToken)
    {
        await using var read = source.Open();
        return await defaultImages.RenderAsync(read, id, cancellationToken);
    }

    // Pixel Data, Float or Double Float Pixel Data at the top level: usually the last element.
    private static bool HasPixelData(IReadOnlyList<ParsedElement> elements)
    {
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            if (elements[i] is { Tag: 0x7FE00010 or 0x7FE00008 or 0x7FE00009, Path.Length: 0 })
            {
                return true;
            }
        }

        return false;
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

    private async Task RemoveBlobsAsync(WrittenBlobs written)
    {
        foreach (var key in written.Keys())
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
}
