using Microsoft.Extensions.Configuration;

namespace Dicom.Clean.Infrastructure.Encryption;

/// <summary>The <c>Encryption</c> section read from configuration, with the key file's absolute path.</summary>
internal sealed record EncryptionSettings(EncryptionOptions Options, string KeyFilePath)
{
    public static EncryptionSettings From(IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection(EncryptionOptions.SectionName);
        var options = new EncryptionOptions
        {
            KeyFile = section["KeyFile"] is { Length: > 0 } file ? file : EncryptionOptions.DefaultKeyFile,
            CreateKeyFile = !bool.TryParse(section["CreateKeyFile"], out var create) || create,
            ActiveKeyId = section["ActiveKeyId"] is { Length: > 0 } active ? active : null,
        };
        foreach (var key in section.GetSection("Keys").GetChildren())
        {
            options.Keys.Add(new EncryptionOptions.ConfiguredKey { Id = key["Id"], Key = key["Key"] });
        }

        return new EncryptionSettings(options, Path.GetFullPath(options.KeyFile, contentRoot));
    }
}
