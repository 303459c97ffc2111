using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dicom.Clean.Infrastructure.Storage;

/// <summary>
/// Start-up reconciliation of rows and blobs, run before the first request. Ingest renames the
/// original under its key before it commits the rows, so a crash can leave a temporary file or a
/// blob without a row, never a committed row without its blob: both leftovers are removed. A row
/// whose blob is missing anyway (a disk restored from an older copy, a hand deletion) is reported
/// by id, in the log and the health check, never silently dropped.
/// </summary>
internal sealed partial class StorageSweep(DicomDbContext db, DiskBlobStore blobs, ILogger logger)
{
    private const int BatchSize = 500;
    private const int MaxLoggedIds = 100;

    // The instance blob folders, taken from the key shapes rather than repeated here.
    private static readonly string[] InstanceFolders =
    [
        InstanceBlobKeys.Original(InstanceId.FromUuid(Guid.Empty)).Split('/')[0],
        InstanceBlobKeys.Rendered(InstanceId.FromUuid(Guid.Empty)).Split('/')[0],
    ];

    public async Task<StorageSweepReport> RunAsync(CancellationToken cancellationToken)
    {
        var temporary = blobs.SweepTemporaryFiles();
        var hasRows = await db.Instances.AnyAsync(cancellationToken);
        var (orphans, unexpected, unrecordedImages) = await FindOrphanBlobsAsync(cancellationToken);
        foreach (var key in unrecordedImages)
        {
            // A default image written after the answer whose key the row never got (the service
            // stopped in between): a derived copy, rendered again on its first read.
            await blobs.DeleteAsync(key, CancellationToken.None);
        }

        if (unrecordedImages.Count > 0)
        {
            LogUnrecordedImagesRemoved(logger, unrecordedImages.Count);
        }

        var removed = 0;
        if (hasRows)
        {
            foreach (var key in orphans)
            {
                await blobs.DeleteAsync(key, CancellationToken.None);
                removed++;
            }

            if (removed > 0)
            {
                LogOrphansRemoved(logger, removed, string.Join(", ", orphans.Take(MaxLoggedIds).Select(IdOf)));
            }
        }
        else if (orphans.Count > 0)
        {
            // Every blob an orphan: far likelier a new or wrong database than a crash. Keep them.
            LogOrphansKept(logger, orphans.Count);
        }

        var missing = await FindInstancesWithMissingBlobsAsync(cancellationToken);
        foreach (var id in missing.Take(MaxLoggedIds))
        {
            LogMissingBlob(logger, id);
        }

        if (missing.Count > 0)
        {
            LogMissingBlobTotal(logger, missing.Count);
        }

        return new StorageSweepReport(temporary, removed, hasRows ? 0 : orphans.Count, unexpected, missing, unrecordedImages.Count);
    }

    // Blob keys under the instance folders whose id has no row. The default image of a stored
    // instance whose row does not name it is what a stop between its write and the key's update
    // leaves. Any other blob named after a stored instance but not among its keys is counted and
    // left alone: no crash produces one.
    private async Task<(List<string> Orphans, int Unexpected, List<string> UnrecordedImages)> FindOrphanBlobsAsync(CancellationToken cancellationToken)
    {
        var orphans = new List<string>();
        var unrecordedImages = new List<string>();
        var unexpected = 0;
        foreach (var batch in InstanceBlobKeysOnDisk().Chunk(BatchSize))
        {
            var ids = batch.Select(IdOf).Where(id => InstanceId.TryParse(id, out _)).Select(InstanceId.From).Distinct().ToList();
            var rows = await db.Instances.AsNoTracking()
                .Where(i => ids.Contains(i.Id))
                .Select(i => new { i.Id, i.OriginalBlobKey, i.RenderedBlobKey })
                .ToListAsync(cancellationToken);
            var stored = rows.Select(r => r.Id.Value).ToHashSet(StringComparer.Ordinal);
            var keys = rows.SelectMany(r => new[] { r.OriginalBlobKey, r.RenderedBlobKey }).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var key in batch)
            {
                if (!stored.Contains(IdOf(key)))
                {
                    orphans.Add(key);
                }
                else if (!keys.Contains(key))
                {
                    if (string.Equals(key, InstanceBlobKeys.Rendered(InstanceId.From(IdOf(key))), StringComparison.Ordinal))
                    {
                        unrecordedImages.Add(key);
                    }
                    else
                    {
                        unexpected++;
                    }
                }
            }
        }

        return (orphans, unexpected, unrecordedImages);
    }

    private async Task<List<string>> FindInstancesWithMissingBlobsAsync(CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        var rows = db.Instances.AsNoTracking()
            .OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.OriginalBlobKey, i.RenderedBlobKey })
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (!File.Exists(blobs.PathOf(row.OriginalBlobKey))
                || (row.RenderedBlobKey is { } rendered && !File.Exists(blobs.PathOf(rendered))))
            {
                missing.Add(row.Id.Value);
            }
        }

        return missing;
    }

    private IEnumerable<string> InstanceBlobKeysOnDisk()
    {
        foreach (var folder in InstanceFolders)
        {
            var path = Path.Combine(blobs.Root, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
            {
                yield return Path.GetRelativePath(blobs.Root, file).Replace(Path.DirectorySeparatorChar, '/');
            }
        }
    }

    // "originals/ab/<id>.dcm" -> "<id>"
    private static string IdOf(string key)
    {
        var name = key[(key.LastIndexOf('/') + 1)..];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? name : name[..dot];
    }

    [LoggerMessage(EventId = 410, Level = LogLevel.Warning,
        Message = "Start-up sweep removed {OrphanCount} blobs without a row (a crash between blob write and commit): {InstanceIds}")]
    private static partial void LogOrphansRemoved(ILogger logger, int orphanCount, string instanceIds);

    [LoggerMessage(EventId = 411, Level = LogLevel.Error,
        Message = "The database holds no instance but the blob root holds {OrphanCount} instance blobs: kept; check ConnectionStrings:Dicom and Storage:Root")]
    private static partial void LogOrphansKept(ILogger logger, int orphanCount);

    [LoggerMessage(EventId = 414, Level = LogLevel.Information,
        Message = "Start-up sweep removed {ImageCount} default images written after a store but not yet recorded on their row; they are rendered again on first read")]
    private static partial void LogUnrecordedImagesRemoved(ILogger logger, int imageCount);

    [LoggerMessage(EventId = 412, Level = LogLevel.Error, Message = "Instance {InstanceId} is stored but a blob of it is missing")]
    private static partial void LogMissingBlob(ILogger logger, string instanceId);

    [LoggerMessage(EventId = 413, Level = LogLevel.Error,
        Message = "{MissingCount} stored instances miss a blob; GET /health reports them as degraded")]
    private static partial void LogMissingBlobTotal(ILogger logger, int missingCount);
}
