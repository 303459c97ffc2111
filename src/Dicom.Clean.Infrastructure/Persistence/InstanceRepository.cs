using Dicom.Clean.Domain.Instances;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dicom.Clean.Infrastructure.Persistence;

/// <summary>EF Core implementation of the instance repository over SQLite.</summary>
internal sealed class InstanceRepository(DicomDbContext db, SqliteWriteGate writeGate) : IInstanceRepository
{
    // SQLITE_CONSTRAINT on a unique index of instances: a concurrent ingest committed first.
    private const int SqliteConstraint = 19;
    private const string InstancesUniqueViolation = "UNIQUE constraint failed: instances.";

    // Compiled once per process: the lookups every ingest and read makes skip query translation
    // and the query cache's expression comparison.
    private static readonly Func<DicomDbContext, InstanceId, CancellationToken, Task<DicomInstance?>> ById =
        EF.CompileAsyncQuery((DicomDbContext db, InstanceId id, CancellationToken _) =>
            db.Instances.AsNoTracking().FirstOrDefault(i => i.Id == id));

    private static readonly Func<DicomDbContext, string, CancellationToken, Task<DicomInstance?>> BySha256 =
        EF.CompileAsyncQuery((DicomDbContext db, string sha256, CancellationToken _) =>
            db.Instances.AsNoTracking().FirstOrDefault(i => i.Sha256 == sha256));

    private static readonly Func<DicomDbContext, string, CancellationToken, Task<DicomInstance?>> LatestBySopInstanceUid =
        EF.CompileAsyncQuery((DicomDbContext db, string sopInstanceUid, CancellationToken _) =>
            db.Instances.AsNoTracking().Where(i => i.SopInstanceUid == sopInstanceUid).OrderByDescending(i => i.Version).FirstOrDefault());

    public Task<DicomInstance?> FindAsync(InstanceId id, CancellationToken cancellationToken) => ById(db, id, cancellationToken);

    public async Task<DicomInstance?> FindWithTagsAsync(InstanceId id, CancellationToken cancellationToken)
    {
        // Two keyed queries, fixed up by the change tracker: one Include would join the instance to
        // a derived table of every stored value, which SQLite materialises (cost grows with the store).
        try
        {
            var instance = await db.Instances.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
            if (instance is not null)
            {
                await db.TagValues.Where(v => EF.Property<InstanceId>(v, "InstanceId") == id)
                    .Include(v => v.Definition).LoadAsync(cancellationToken);
            }

            return instance;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public Task<DicomInstance?> FindBySha256Async(string sha256, CancellationToken cancellationToken) =>
        BySha256(db, sha256, cancellationToken);

    public Task<DicomInstance?> FindBySopInstanceUidAsync(string sopInstanceUid, CancellationToken cancellationToken) =>
        LatestBySopInstanceUid(db, sopInstanceUid, cancellationToken);

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
        ArgumentNullException.ThrowIfNull(instance);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        var writer = writeGate.RowsWriter ??= InstanceRowsWriter.From(db.Model);
        if (asNewVersion && instance.SopInstanceUid is { } sopInstanceUid)
        {
            // Under the gate, so no other insert can take the same version in between.
            var highest = await db.Instances.Where(i => i.SopInstanceUid == sopInstanceUid)
                .MaxAsync(i => (int?)i.Version, cancellationToken);
            instance.AssignVersion((highest ?? 0) + 1);
        }

        // Commands written by hand: one transaction, prepared inserts, no change tracking.
        await OpenForWriteAsync(cancellationToken);
        try
        {
            // Begun through EF Core so its transaction interceptors (commit spans) still see it.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var inserted = writer.Write((SqliteTransaction)transaction.GetDbTransaction(), instance, writeGate.DefinitionIds);
            await transaction.CommitAsync(cancellationToken);
            writeGate.DefinitionIds.AddCommitted(inserted);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint && ex.Message.Contains(InstancesUniqueViolation, StringComparison.Ordinal))
        {
            throw new DuplicateInstanceException("An instance with the same content or SOP Instance UID was stored meanwhile.", ex);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<bool> SetRenderedImageAsync(InstanceId id, string renderedKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(renderedKey);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        try
        {
            // No fsync of its own: the PNG is durable already, and a key lost in a power cut only
            // means the image is rendered again on its next read.
            SqliteConnectionFactory.ApplyUnflushedPragmas(connection);
            var updated = await db.Instances.Where(i => i.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.RenderedBlobKey, renderedKey), cancellationToken);
            return updated > 0;
        }
        finally
        {
            SqliteConnectionFactory.ApplyWritePragmas(connection);
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<bool> RemoveAsync(InstanceId id, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await OpenForWriteAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.TagsDocuments.Where(d => d.InstanceId == id).ExecuteDeleteAsync(cancellationToken);
            await db.TagValues.Where(v => EF.Property<InstanceId>(v, "InstanceId") == id).ExecuteDeleteAsync(cancellationToken);
            var removed = await db.Instances.Where(i => i.Id == id).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return removed > 0;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // The context's own connection (so its interceptors apply), made durable for this write.
    private async Task<SqliteConnection> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        SqliteConnectionFactory.ApplyWritePragmas(connection);
        return connection;
    }
}
