using Microsoft.AspNetCore.Mvc;

namespace Dicom.Clean.Api.Infrastructure;

/// <summary>
/// Writes JSON that is already UTF-8 bytes (a document stored at ingest) with the same content
/// type the JSON formatter uses, without deserialising and serialising it again.
/// </summary>
/// <param name="utf8Json">The document.</param>
public sealed class Utf8JsonResult(ReadOnlyMemory<byte> utf8Json) : IActionResult
{
    /// <summary>The content type of every JSON answer.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    /// <inheritdoc />
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = utf8Json.Length;
        await response.BodyWriter.WriteAsync(utf8Json, context.HttpContext.RequestAborted);
    }
}
