using Dicom.Clean.Application.Uploads.Common;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Dicom.Clean.Api.Uploads;

/// <summary>
/// Raises the body limit of an upload route to <c>Uploads:MaxFileBytes</c> (default 2 GiB), and
/// answers 413 at once, before any byte of the body is read (so before <c>100 Continue</c>), when
/// the declared length is already above it. A chunked body that grows past the limit is cut by
/// the server and answered 413 too.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadSizeLimitAttribute : Attribute, IResourceFilter, IOrderedFilter
{
    /// <summary>Runs before the framework's own request-size filter.</summary>
    public int Order => -1000;

    /// <inheritdoc />
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var http = context.HttpContext;
        var max = http.RequestServices.GetRequiredService<IOptions<UploadOptions>>().Value.MaxFileBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max;
        }

        if (http.Request.ContentLength > max)
        {
            context.Result = new ObjectResult(new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The request body is too large.",
                Detail = $"The body of {http.Request.ContentLength} bytes is above the maximum of {max} bytes.",
            })
            { StatusCode = StatusCodes.Status413PayloadTooLarge };
        }
    }

    /// <inheritdoc />
    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
