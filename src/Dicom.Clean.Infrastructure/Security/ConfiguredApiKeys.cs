using Dicom.Clean.Application.Security.Common;
using Dicom.Clean.Domain.Security;
using Microsoft.Extensions.Configuration;

namespace Dicom.Clean.Infrastructure.Security;

/// <summary>
/// Keys defined in configuration (<c>Security:ApiKeys:N:Id|Role|Sha256|Name</c>), hashed like the
/// stored ones: a bootstrap admin key for a fresh deployment, or a key from a secret store.
/// </summary>
internal sealed class ConfiguredApiKeys
{
    public const string SectionKey = "Security:ApiKeys";

    private readonly Dictionary<string, ApiKey> _keys;

    public ConfiguredApiKeys(IConfiguration configuration)
    {
        _keys = new Dictionary<string, ApiKey>(StringComparer.Ordinal);
        foreach (var section in configuration.GetSection(SectionKey).GetChildren())
        {
            var id = section["Id"];
            var hash = section["Sha256"];
            if (string.IsNullOrWhiteSpace(id) || hash is null || hash.Length != 64 || !hash.All(Uri.IsHexDigit)
                || !RoleNames.TryParse(section["Role"], out var role))
            {
                throw new InvalidOperationException(
                    $"{SectionKey}:{section.Key} needs Id, Role (reader, writer or admin) and Sha256 (64 hex digits of the token's SHA-256).");
            }

            _keys[id] = ApiKey.Configured(id, section["Name"] ?? "configured", role, hash.ToLowerInvariant());
        }
    }

    public ApiKey? Find(string id) => _keys.GetValueOrDefault(id);

    public IEnumerable<ApiKey> All => _keys.Values;
}
