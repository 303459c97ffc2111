using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Dicom.Clean.Api.Security;

/// <summary>
/// Per-route body limits: a route's own <c>[RequestSizeLimit]</c> (any <see cref="IRequestSizeLimitMetadata"/>,
/// controllers and minimal APIs alike) wins; every other route gets <c>Security:MaxRequestBodyBytes</c>
/// (1 MiB by default), far below Kestrel's 30 MB. A body over the limit is a 413 problem document.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<SecurityOptions> options)
{
    /// <summary>Sets the limit before anything reads the body.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = declared is not null ? declared.MaxRequestBodySize : options.Value.MaxRequestBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        // A declared length over the limit is refused before anything is read.
        if (context.Request.ContentLength is { } length && limit is { } max && length > max)
        {
            throw new BadHttpRequestException($"The body of {length} bytes is over this route's limit of {max} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        return next(context);
    }
}
