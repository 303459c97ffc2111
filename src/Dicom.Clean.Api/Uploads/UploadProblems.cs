using Dicom.Clean.Api.Infrastructure;
using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Uploads.Common;
using Microsoft.AspNetCore.Mvc;

namespace Dicom.Clean.Api.Uploads;

/// <summary>Problem documents of the upload routes.</summary>
public static class UploadProblems
{
    /// <summary>The problem for a refused upload request.</summary>
    public static ProblemDetails ToProblem(UploadRejectedException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var (status, title) = exception.Rejection switch
        {
            UploadRejection.Expired => (StatusCodes.Status410Gone, "The upload has expired."),
            UploadRejection.OffsetMismatch => (StatusCodes.Status409Conflict, "The offset does not match the upload's."),
            UploadRejection.ChecksumMismatch => (TusHeaders.ChecksumMismatchStatus, "Checksum mismatch."),
            UploadRejection.TooLarge => (StatusCodes.Status413PayloadTooLarge, "The upload is too large."),
            UploadRejection.Locked => (StatusCodes.Status423Locked, "The upload is busy."),
            _ => (StatusCodes.Status400BadRequest, "The upload request is not valid."),
        };
        return new ProblemDetails { Status = status, Title = title, Detail = exception.Message };
    }

    /// <summary>The problem <c>POST /instances</c> would have answered for a refused file.</summary>
    public static ProblemDetails? ForOutcome(UploadOutcome outcome) => outcome.Kind switch
    {
        UploadOutcomeKind.Unreadable => ProblemDetailsMap.ToProblem(new UnreadableDicomException(outcome.Reason ?? "Unreadable.", outcome.ErrorOffset)),
        UploadOutcomeKind.Conflict => ProblemDetailsMap.ToProblem(InstanceConflictException.ForExisting(outcome.InstanceId ?? string.Empty)),
        _ => null,
    };

    /// <summary>The status <c>POST /instances</c> would have answered.</summary>
    public static int StatusOf(UploadOutcome outcome) => outcome.Kind switch
    {
        UploadOutcomeKind.Stored => StatusCodes.Status201Created,
        UploadOutcomeKind.AlreadyStored => StatusCodes.Status200OK,
        UploadOutcomeKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}
