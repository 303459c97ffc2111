using Dicom.Clean.Domain.Security;
using Dicom.Clean.Infrastructure.Persistence;
using Dicom.Clean.Infrastructure.Persistence.Security;
using Microsoft.EntityFrameworkCore;

namespace Dicom.Clean.Infrastructure.Security;

/// <summary>Keys from configuration first, then from the database.</summary>
internal sealed class ApiKeyRepository(SecurityDbContext db, ConfiguredApiKeys configured, SqliteWriteGate writeGate) : IApiKeyRepository
{
    // Compiled once per process: every request with a key looks its key up.
    private static readonly Func<SecurityDbContext, string, CancellationToken, Task<ApiKey?>> ById =
        EF.CompileAsyncQuery((SecurityDbContext db, string id, CancellationToken _) => db.ApiKeys.AsNoTracking().FirstOrDefault(k => k.Id == id));

    public async Task<ApiKey?> FindAsync(string id, CancellationToken cancellationToken) =>
        configured.Find(id) ?? await ById(db, id, cancellationToken);

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        var stored = await db.ApiKeys.AsNoTracking().ToListAsync(cancellationToken);
        return configured.All.Concat(stored.OrderByDescending(k => k.CreatedAt)).ToList();
    }

    public async Task AddAsync(ApiKey key, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(cancellationToken);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public async Task UpdateAsync(ApiKey key, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(cancellationToken);
        db.ApiKeys.Update(key);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
