using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Dicom.Clean.Api.Infrastructure;

/// <summary>
/// Streams the file parts of a <c>multipart/form-data</c> body one at a time, without buffering
/// the form (each part is read straight from the request).
/// </summary>
public static class MultipartFileSections
{
    /// <summary>Longest boundary accepted (RFC 2046 allows 70).</summary>
    private const int MaxBoundaryLength = 70;

    /// <summary>Yields the body of each part that carries a file name; other parts are skipped.</summary>
    /// <exception cref="BadHttpRequestException">No usable boundary, or a malformed body.</exception>
    public static async IAsyncEnumerable<Stream> ReadAsync(HttpRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            ? HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value
            : null;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > MaxBoundaryLength)
        {
            throw new BadHttpRequestException("The multipart body has no valid boundary.");
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await ReadSectionAsync(reader, cancellationToken) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                && disposition.IsFileDisposition())
            {
                yield return new MultipartSectionBody(section.Body);
            }
        }
    }

    private static async Task<MultipartSection?> ReadSectionAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadNextSectionAsync(cancellationToken);
        }
        catch (IOException ex) when (ex is not BadHttpRequestException)
        {
            // A body over the size limit or cut short is the server's own BadHttpRequestException
            // (413, 400): kept as it is, not called malformed.
            throw new BadHttpRequestException("The multipart body is malformed.", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new BadHttpRequestException("The multipart body is malformed.", ex);
        }
    }
}
