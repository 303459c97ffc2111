using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Dicom.Clean.Application.Uploads.Common;

namespace Dicom.Clean.Api.Uploads;

/// <summary>Reads the tus request headers strictly; anything malformed is a 400 problem.</summary>
public static class TusHeaderParser
{
    /// <summary>A non-negative decimal integer header, or null when absent.</summary>
    /// <exception cref="BadHttpRequestException">Present but not a non-negative integer.</exception>
    public static long? Length(HttpRequest request, string name)
    {
        var value = request.Headers[name];
        if (value.Count == 0)
        {
            return null;
        }

        var text = value.Count == 1 ? value[0] : null;
        return text is { Length: > 0 and <= 19 } && text.All(char.IsAsciiDigit)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new BadHttpRequestException($"'{name}' must be one non-negative integer.");
    }

    /// <summary>
    /// Decodes <c>Upload-Metadata</c>: comma-separated <c>key base64value</c> pairs (value optional),
    /// keys unique and without spaces or commas.
    /// </summary>
    /// <exception cref="BadHttpRequestException">Malformed.</exception>
    public static Dictionary<string, string> Metadata(HttpRequest request)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        var header = request.Headers[TusHeaders.UploadMetadata].ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return pairs;
        }

        foreach (var pair in header.Split(','))
        {
            var parts = pair.Trim().Split(' ');
            if (parts.Length is < 1 or > 2 || parts[0].Length == 0 || !parts[0].All(c => c is > ' ' and < (char)127)
                || !pairs.TryAdd(parts[0], parts.Length == 2 ? DecodeValue(parts[1]) : string.Empty))
            {
                throw new BadHttpRequestException("'Upload-Metadata' must be unique keys, each with an optional base64 value.");
            }
        }

        return pairs;
    }

    /// <summary>Encodes metadata for a HEAD answer.</summary>
    public static string FormatMetadata(IReadOnlyDictionary<string, string> metadata) =>
        string.Join(',', metadata.Select(p => p.Value.Length == 0 ? p.Key : $"{p.Key} {Convert.ToBase64String(Encoding.UTF8.GetBytes(p.Value))}"));

    /// <summary>Decodes <c>Upload-Checksum</c>, or null when absent.</summary>
    /// <exception cref="BadHttpRequestException">Malformed, or an algorithm other than sha1.</exception>
    public static ChunkChecksum? Checksum(HttpRequest request)
    {
        var header = request.Headers[TusHeaders.UploadChecksum].ToString();
        if (header.Length == 0)
        {
            return null;
        }

        var parts = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !Base64.IsValid(parts[1]))
        {
            throw new BadHttpRequestException("'Upload-Checksum' must be an algorithm and a base64 digest.");
        }

        var digest = Convert.FromBase64String(parts[1]);
        return parts[0] == ChunkChecksum.Sha1 && digest.Length == 20
            ? new ChunkChecksum(ChunkChecksum.Sha1, digest)
            : throw new BadHttpRequestException($"'Upload-Checksum' supports '{ChunkChecksum.Sha1}' (20-byte digest) only.");
    }

    private static string DecodeValue(string base64)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(base64));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new BadHttpRequestException("An 'Upload-Metadata' value is not base64 of UTF-8 text.", ex);
        }
    }
}
