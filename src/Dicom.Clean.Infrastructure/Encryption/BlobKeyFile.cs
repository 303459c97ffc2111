using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dicom.Clean.Infrastructure.Encryption;

/// <summary>
/// The key file: <c>{"activeKeyId": "...", "keys": [{"id": "...", "key": "base64"}]}</c>, created
/// readable by its owner only (0600, folder 0700).
/// </summary>
internal static class BlobKeyFile
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static (List<BlobKey> Keys, string? ActiveKeyId) Read(string path)
    {
        if (!File.Exists(path))
        {
            return ([], null);
        }

        KeyFileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<KeyFileDocument>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw new BlobEncryptionException($"The blob key file '{path}' is not valid JSON: {ex.Message}", ex);
        }

        var keys = (document?.Keys ?? []).Select(k => new BlobKey(k.Id ?? string.Empty, Decode(k.Id, k.Key))).ToList();
        return (keys, document?.ActiveKeyId);
    }

    /// <summary>Adds a new random key and makes it active; creates the file when missing.</summary>
    public static BlobKey AddNewKey(string path, string? id, TimeProvider clock)
    {
        var (keys, _) = Read(path);
        id ??= "k" + clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        if (keys.Any(k => k.Id == id))
        {
            throw new BlobEncryptionException($"The key file already holds a key '{id}'.");
        }

        var key = BlobKey.Generate(id);
        keys.Add(key);
        Write(path, new KeyFileDocument
        {
            ActiveKeyId = key.Id,
            Keys = keys.Select(k => new KeyFileEntry { Id = k.Id, Key = Convert.ToBase64String(k.Material) }).ToList(),
        });
        return key;
    }

    private static void Write(string path, KeyFileDocument document)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            JsonSerializer.Serialize(file, document, Json);
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    internal static byte[] Decode(string? id, string? base64)
    {
        try
        {
            return Convert.FromBase64String(base64 ?? string.Empty);
        }
        catch (FormatException ex)
        {
            throw new BlobEncryptionException($"Blob key '{id}' is not base64.", ex);
        }
    }

    private sealed class KeyFileDocument
    {
        [JsonPropertyOrder(0)]
        public string? ActiveKeyId { get; set; }

        [JsonPropertyOrder(1)]
        public List<KeyFileEntry>? Keys { get; set; }
    }

    private sealed class KeyFileEntry
    {
        public string? Id { get; set; }

        public string? Key { get; set; }
    }
}
