using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Api.Uploads;
using Dicom.Clean.Application.Uploads.Common;
using Microsoft.AspNetCore.Mvc;

namespace Dicom.Clean.Api.Infrastructure;

/// <summary>
/// The one map from exceptions to problem documents (RFC 9457). Only the application's own
/// exceptions and the server's request errors map to 4xx; anything else is a bug and a 500.
/// </summary>
public static class ProblemDetailsMap
{
    /// <summary>The problem document for an exception.</summary>
    public static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        RequestValidationException e => new ValidationProblemDetails(e.Errors.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid.",
        },
        ImportPathForbiddenException e => Problem(StatusCodes.Status403Forbidden, "The path may not be imported.", e.Message),
        ImportFileNotFoundException e => Problem(StatusCodes.Status404NotFound, "No such file.", e.Message),
        UnreadableDicomException e => WithExtensions(
            Problem(StatusCodes.Status422UnprocessableEntity, "The file is not readable DICOM.", e.Message),
            ("reason", e.Reason), ("offset", e.Offset)),
        InstanceConflictException e => WithExtensions(
            Problem(StatusCodes.Status409Conflict, "Another file with this SOP Instance UID is stored.", e.Message),
            ("existingId", e.ExistingId)),
        ImageUnavailableException e => WithExtensions(
            Problem(StatusCodes.Status422UnprocessableEntity, "No image can be made of this instance.", e.Message),
            ("reason", e.Message)),
        ApiKeyReadOnlyException e => Problem(StatusCodes.Status409Conflict, "The key cannot be changed here.", e.Message),
        UploadRejectedException e => UploadProblems.ToProblem(e),
        BadHttpRequestException e => Problem(e.StatusCode, "The request could not be read.", e.Message),
        _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.", null),
    };

    /// <summary>A problem document for an unknown instance id.</summary>
    public static ProblemDetails InstanceNotFound(string? id) =>
        Problem(StatusCodes.Status404NotFound, "Instance not found.", $"No instance has the id '{id}'.");

    private static ProblemDetails Problem(int status, string title, string? detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails WithExtensions(ProblemDetails problem, params (string Key, object? Value)[] extensions)
    {
        foreach (var (key, value) in extensions)
        {
            if (value is not null)
            {
                problem.Extensions[key] = value;
            }
        }

        return problem;
    }
}
