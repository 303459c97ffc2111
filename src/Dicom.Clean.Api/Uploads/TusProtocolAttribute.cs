using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Dicom.Clean.Api.Uploads;

/// <summary>
/// Puts <c>Tus-Resumable</c> on every answer of the upload routes and refuses tus requests
/// (all but OPTIONS and the JSON status GET) that do not speak version 1.0.0: 412 with
/// <c>Tus-Version</c>, before the body is read.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class TusProtocolAttribute : Attribute, IResourceFilter
{
    /// <inheritdoc />
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var http = context.HttpContext;
        http.Response.Headers[TusHeaders.TusResumable] = TusHeaders.Version;
        if (HttpMethods.IsOptions(http.Request.Method) || HttpMethods.IsGet(http.Request.Method)
            || http.Request.Headers[TusHeaders.TusResumable] == TusHeaders.Version)
        {
            return;
        }

        http.Response.Headers[TusHeaders.TusVersion] = TusHeaders.Version;
        context.Result = new ObjectResult(new ProblemDetails
        {
            Status = StatusCodes.Status412PreconditionFailed,
            Title = "Unsupported tus version.",
            Detail = $"Send '{TusHeaders.TusResumable}: {TusHeaders.Version}'.",
        })
        { StatusCode = StatusCodes.Status412PreconditionFailed };
    }

    /// <inheritdoc />
    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
