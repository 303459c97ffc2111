namespace Dicom.Clean.Domain.Security;

/// <summary>API keys, from the database and from configuration.</summary>
public interface IApiKeyRepository
{
    /// <summary>The key with this id, revoked or not, or null.</summary>
    Task<ApiKey?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every key, newest first.</summary>
    Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Stores a new key.</summary>
    Task AddAsync(ApiKey key, CancellationToken cancellationToken);

    /// <summary>Saves a revocation.</summary>
    Task UpdateAsync(ApiKey key, CancellationToken cancellationToken);
}
