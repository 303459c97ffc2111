namespace Dicom.Clean.Domain.Security;

/// <summary>
/// A client's credential: a public id, a role, and the SHA-256 of the token (never the token
/// itself). Revoked keys stay listed, so the audit log keeps naming them.
/// </summary>
public sealed class ApiKey
{
    private ApiKey()
    {
        Id = string.Empty;
        Name = string.Empty;
        Hash = string.Empty;
    }

    /// <summary>Public key id (the middle part of the token).</summary>
    public string Id { get; private set; }

    /// <summary>What the key is for, as its creator wrote it (not a secret, not patient data).</summary>
    public string Name { get; private set; }

    /// <summary>What the key may do.</summary>
    public ApiKeyRole Role { get; private set; }

    /// <summary>SHA-256 of the token, lower-case hex.</summary>
    public string Hash { get; private set; }

    /// <summary>When the key was made.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the key was revoked, or null while it works.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Whether the key is defined in configuration rather than the database (read-only then).</summary>
    public bool FromConfiguration { get; private set; }

    /// <summary>True until revoked.</summary>
    public bool IsActive => RevokedAt is null;

    /// <summary>A key stored in the database.</summary>
    public static ApiKey Create(string id, string name, ApiKeyRole role, string hash, DateTimeOffset createdAt) =>
        new() { Id = id, Name = name, Role = role, Hash = hash, CreatedAt = createdAt };

    /// <summary>A key defined in configuration (a bootstrap admin key, say).</summary>
    public static ApiKey Configured(string id, string name, ApiKeyRole role, string hash) =>
        new() { Id = id, Name = name, Role = role, Hash = hash, FromConfiguration = true };

    /// <summary>Stops the key from working; the first revocation time is kept.</summary>
    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
