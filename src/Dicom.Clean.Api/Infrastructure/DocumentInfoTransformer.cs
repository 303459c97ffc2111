using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dicom.Clean.Api.Infrastructure;

/// <summary>Names and describes the OpenAPI document, the same whatever host serves it.</summary>
public sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info = new OpenApiInfo
        {
            Title = "Dicom.Clean",
            Version = "v1",
            Description = "Stores DICOM files (every element in SQLite, originals and rendered images on disk) and serves "
                + "their tags, images and original bytes. Every error is an RFC 9457 problem document.",
        };
        // The server address depends on who asks; leaving it out keeps the document one file.
        document.Servers?.Clear();
        return Task.CompletedTask;
    }
}
