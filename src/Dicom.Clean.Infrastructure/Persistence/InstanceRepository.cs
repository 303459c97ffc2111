using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Domain.Tags;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dicom.Clean.Infrastructure.Persistence;

/// <summary>EF Core implementation of the instance repository over SQLite.</summary>
internal sealed class InstanceRepository(DicomDbContext db, SqliteWriteGate writeGate) : IInstanceRepository
{
    // SQLITE_CONSTRAINT on a unique index of instances: a concurrent ingest committed first.
    private const int SqliteConstraint = 19;
    private const string InstancesUniqueViolation = "UNIQUE constraint failed: instances.";

    public Task<DicomInstance?> FindAsync(InstanceId id, CancellationToken cancellationToken) =>
        db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public Task<DicomInstance?> FindWithTagsAsync(InstanceId id, CancellationToken cancellationToken) =>
        db.Instances.AsNoTracking()
            .Include(i => i.TagValues.OrderBy(v => v.Ordinal))
            .ThenInclude(v => v.Definition)
            .FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public Task<DicomInstance?> FindBySha256Async(string sha256, CancellationToken cancellationToken) =>
        db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Sha256 == sha256, cancellationToken);

    public Task<DicomInstance?> FindBySopInstanceUidAsync(string sopInstanceUid, CancellationToken cancellationToken) =>
        db.Instances.AsNoTracking().Where(i => i.SopInstanceUid == sopInstanceUid)
            .OrderByDescending(i => i.Version).FirstOrDefaultAsync(cancellationToken);

    public async Task<InstancePage> ListAsync(InstanceFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var query = db.Instances.AsNoTracking();
        if (filter.PatientId is { } patientId)
        {
            query = query.Where(i => i.PatientId == patientId);
        }

        if (filter.StudyInstanceUid is { } study)
        {
            query = query.Where(i => i.StudyInstanceUid == study);
        }

        if (filter.SeriesInstanceUid is { } series)
        {
            query = query.Where(i => i.SeriesInstanceUid == series);
        }

        if (filter.Modality is { } modality)
        {
            query = query.Where(i => i.Modality == modality);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(i => i.ReceivedAt).ThenBy(i => i.Id)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return new InstancePage(items, total);
    }

    public Task AddAsync(DicomInstance instance, CancellationToken cancellationToken) =>
        AddAsync(instance, asNewVersion: false, cancellationToken);

    public Task AddAsNewVersionAsync(DicomInstance instance, CancellationToken cancellationToken) =>
        AddAsync(instance, asNewVersion: true, cancellationToken);

    private async Task AddAsync(DicomInstance instance, bool asNewVersion, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(cancellationToken);
        if (asNewVersion && instance.SopInstanceUid is { } sopInstanceUid)
        {
            // Under the gate, so no other insert can take the same version in between.
            var highest = await db.Instances.Where(i => i.SopInstanceUid == sopInstanceUid)
                .MaxAsync(i => (int?)i.Version, cancellationToken);
            instance.AssignVersion((highest ?? 0) + 1);
        }

        await UseStoredDefinitionsAsync(instance, cancellationToken);
        db.Instances.Add(instance);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is SqliteException { SqliteErrorCode: SqliteConstraint } sqlite
                                           && sqlite.Message.Contains(InstancesUniqueViolation, StringComparison.Ordinal))
        {
            throw new DuplicateInstanceException("An instance with the same content or SOP Instance UID was stored meanwhile.", ex);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public async Task<bool> RemoveAsync(InstanceId id, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.TagValues.Where(v => EF.Property<InstanceId>(v, "InstanceId") == id).ExecuteDeleteAsync(cancellationToken);
        var removed = await db.Instances.Where(i => i.Id == id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed > 0;
    }

    // Points the instance's values at definitions already stored (or met earlier in this
    // instance), so each new triple is inserted once.
    private async Task UseStoredDefinitionsAsync(DicomInstance instance, CancellationToken cancellationToken)
    {
        var tags = instance.TagValues.Select(v => v.Definition.Tag).Distinct().ToList();
        var stored = await db.TagDefinitions
            .Where(d => tags.Contains(d.Tag))
            .ToDictionaryAsync(d => (d.Tag, d.Vr, d.Keyword), cancellationToken);
        foreach (var value in instance.TagValues)
        {
            var d = value.Definition;
            if (stored.TryGetValue((d.Tag, d.Vr, d.Keyword), out TagDefinition? existing))
            {
                value.UseDefinition(existing);
            }
            else
            {
                stored.Add((d.Tag, d.Vr, d.Keyword), d);
            }
        }
    }
}
