using Dicom.Clean.Domain.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Dicom.Clean.Infrastructure.Jobs.Persistence;

/// <summary>EF Core implementation over SQLite. Nothing stays tracked between calls: the worker keeps one context for a whole job.</summary>
internal sealed class ImportJobRepository(ImportJobsDbContext db) : IImportJobRepository
{
    private const int InsertChunk = 2000;

    public async Task AddAsync(ImportJob job, CancellationToken cancellationToken)
    {
        db.Jobs.Add(job);
        await SaveAndForgetAsync(cancellationToken);
    }

    public Task<ImportJob?> FindAsync(ImportJobId id, CancellationToken cancellationToken) =>
        db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken);

    public Task<ImportJob?> FindNextUnfinishedAsync(CancellationToken cancellationToken) =>
        db.Jobs.AsNoTracking()
            .Where(j => j.State == ImportJobState.Running || j.State == ImportJobState.Queued)
            .OrderBy(j => j.State == ImportJobState.Running ? 0 : 1).ThenBy(j => j.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task SaveAsync(ImportJob job, IReadOnlyList<string>? listedFiles, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Jobs.Update(job);
        await SaveAndForgetAsync(cancellationToken);
        for (var start = 0; listedFiles is not null && start < listedFiles.Count; start += InsertChunk)
        {
            var end = Math.Min(start + InsertChunk, listedFiles.Count);
            for (var i = start; i < end; i++)
            {
                db.Files.Add(ImportJobFile.Listed(job.Id, i, listedFiles[i]));
            }

            await SaveAndForgetAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ImportJobFile>> FindInProgressAsync(ImportJobId id, CancellationToken cancellationToken) =>
        await db.Files.AsNoTracking()
            .Where(f => f.JobId == id && f.State == ImportFileState.InProgress)
            .OrderBy(f => f.Ordinal)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ImportJobFile>> ClaimAsync(ImportJobId id, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One worker claims at a time, so reading then marking needs no lock beyond SQLite's.
        var files = await db.Files.AsNoTracking()
            .Where(f => f.JobId == id && f.State == ImportFileState.Queued)
            .OrderBy(f => f.Ordinal)
            .Take(count)
            .ToListAsync(cancellationToken);
        var ids = files.Select(f => f.Id).ToList();
        await db.Files.Where(f => ids.Contains(f.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.State, ImportFileState.InProgress).SetProperty(f => f.ClaimedAt, now), cancellationToken);
        return files;
    }

    public async Task RecordAsync(IReadOnlyCollection<ImportFileOutcome> outcomes, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var outcome in outcomes)
        {
            await db.Files.Where(f => f.Id == outcome.FileId).ExecuteUpdateAsync(
                s => s.SetProperty(f => f.State, outcome.State)
                    .SetProperty(f => f.InstanceId, outcome.InstanceId)
                    .SetProperty(f => f.Reason, outcome.Reason),
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<ImportJobCounts> CountAsync(ImportJobId id, CancellationToken cancellationToken) =>
        (await CountAsync([id], cancellationToken)).GetValueOrDefault(id, ImportJobCounts.None);

    public async Task<ImportJobPage> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var total = await db.Jobs.CountAsync(cancellationToken);
        var jobs = await db.Jobs.AsNoTracking()
            .OrderByDescending(j => j.CreatedAt).ThenBy(j => j.Id)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        var counts = await CountAsync(jobs.Select(j => j.Id).ToList(), cancellationToken);
        return new ImportJobPage(jobs.Select(j => (j, counts.GetValueOrDefault(j.Id, ImportJobCounts.None))).ToList(), total);
    }

    public async Task<(IReadOnlyList<ImportJobFile> Items, int TotalCount)> ListFailuresAsync(ImportJobId id, int skip, int take, CancellationToken cancellationToken)
    {
        var failed = db.Files.AsNoTracking().Where(f => f.JobId == id && f.State == ImportFileState.Failed);
        var total = await failed.CountAsync(cancellationToken);
        var items = await failed.OrderBy(f => f.Ordinal).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (items, total);
    }

    private async Task<Dictionary<ImportJobId, ImportJobCounts>> CountAsync(List<ImportJobId> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Files
            .Where(f => ids.Contains(f.JobId))
            .GroupBy(f => new { f.JobId, f.State })
            .Select(g => new { g.Key.JobId, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.JobId).ToDictionary(
            g => g.Key,
            g => new ImportJobCounts(
                g.Sum(r => r.Count),
                g.Where(r => r.State == ImportFileState.Stored).Sum(r => r.Count),
                g.Where(r => r.State == ImportFileState.AlreadyStored).Sum(r => r.Count),
                g.Where(r => r.State == ImportFileState.Failed).Sum(r => r.Count)));
    }

    private async Task SaveAndForgetAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
