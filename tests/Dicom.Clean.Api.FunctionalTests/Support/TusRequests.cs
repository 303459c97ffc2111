using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Dicom.Clean.Api.FunctionalTests.Support;

/// <summary>tus 1.0 requests as a client sends them.</summary>
internal static class TusRequests
{
    public const string Version = "1.0.0";

    public static HttpRequestMessage Create(long length, string? metadata = null, byte[]? firstChunk = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/uploads");
        request.Headers.Add("Tus-Resumable", Version);
        request.Headers.Add("Upload-Length", length.ToString(CultureInfo.InvariantCulture));
        if (metadata is not null)
        {
            request.Headers.Add("Upload-Metadata", metadata);
        }

        request.Content = firstChunk is null ? null : Chunk(firstChunk);
        return request;
    }

    public static HttpRequestMessage Patch(string location, long offset, byte[] chunk, string? checksum = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, location) { Content = Chunk(chunk) };
        request.Headers.Add("Tus-Resumable", Version);
        request.Headers.Add("Upload-Offset", offset.ToString(CultureInfo.InvariantCulture));
        if (checksum is not null)
        {
            request.Headers.Add("Upload-Checksum", checksum);
        }

        return request;
    }

    public static HttpRequestMessage Head(string location)
    {
        var request = new HttpRequestMessage(HttpMethod.Head, location);
        request.Headers.Add("Tus-Resumable", Version);
        return request;
    }

    public static HttpRequestMessage Delete(string location)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, location);
        request.Headers.Add("Tus-Resumable", Version);
        return request;
    }

#pragma warning disable CA5350 // tus's checksum extension names sha1: an integrity check, not security.
    public static string Sha1Checksum(byte[] chunk) => "sha1 " + Convert.ToBase64String(SHA1.HashData(chunk));
#pragma warning restore CA5350

    /// <summary>Creates an upload and returns its location.</summary>
    public static async Task<string> CreateAsync(HttpClient client, long length, string? metadata = null)
    {
        using var response = await client.SendAsync(Create(length, metadata));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.OriginalString;
    }

    public static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;

    private static ByteArrayContent Chunk(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        return content;
    }
}
