using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dicom.Clean.Api.Infrastructure;

/// <summary>
/// Describes the body of <c>POST /instances</c>, which the action reads itself (to stream it)
/// and so has no parameter for the generator to see: a DICOM file, or multipart file parts.
/// </summary>
public sealed class UploadRequestBodyTransformer : IOpenApiOperationTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        if (!string.Equals(description.HttpMethod, HttpMethods.Post, StringComparison.OrdinalIgnoreCase)
            || !string.Equals("/" + description.RelativePath, KnownRoutes.Instances, StringComparison.Ordinal))
        {
            return Task.CompletedTask;
        }

        var binary = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "One DICOM Part 10 file, or multipart/form-data with any number of file parts.",
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                [MediaTypes.Dicom] = new() { Schema = binary },
                [MediaTypes.MultipartFormData] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                        {
                            ["files"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = binary },
                        },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }
}
