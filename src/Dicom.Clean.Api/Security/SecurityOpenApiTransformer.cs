using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dicom.Clean.Api.Security;

/// <summary>
/// Declares the credentials (<c>X-Api-Key</c>, bearer API key or JWT) and, on every operation that
/// needs them, the 401, 403 and 429 problem answers; health probes stay open.
/// </summary>
public sealed class SecurityOpenApiTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private const string ApiKeyScheme = "ApiKey";
    private const string BearerScheme = "Bearer";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = SecurityClaims.ApiKeyHeader,
            Description = "An API key (dck_...) with the role the route needs: reader to read, writer to store and delete, admin for /keys and /audit.",
        };
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The same API key as a bearer token, or an OIDC JWT when the service is configured for one.",
        };
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            return Task.CompletedTask;
        }

        var document = context.Document;
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] },
        ];
        operation.Responses ??= new OpenApiResponses();
        Add(operation, document, "401", "No credentials, or an unknown, malformed or revoked key.");
        Add(operation, document, "403", "The caller's role does not allow this route.");
        Add(operation, document, "429", "Over the caller's rate limit; see Retry-After.");
        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, OpenApiDocument? document, string status, string description) =>
        operation.Responses!.TryAdd(status, new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                [Infrastructure.MediaTypes.ProblemJson] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document) },
            },
        });
}
