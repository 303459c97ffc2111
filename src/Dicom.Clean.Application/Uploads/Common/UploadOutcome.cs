namespace Dicom.Clean.Application.Uploads.Common;

/// <summary>The result of ingesting a finished upload, kept with the upload until it expires.</summary>
/// <param name="Kind">Stored, already stored, or why it was refused.</param>
/// <param name="InstanceId">The instance stored or already stored; for a conflict, the one already stored.</param>
/// <param name="Reason">Why the file was refused, without patient data; null when stored.</param>
/// <param name="ErrorOffset">Byte offset of the damage in the file, when known.</param>
public sealed record UploadOutcome(UploadOutcomeKind Kind, string? InstanceId, string? Reason, long? ErrorOffset)
{
    /// <summary>True when the file is stored (now or before).</summary>
    public bool Succeeded => Kind is UploadOutcomeKind.Stored or UploadOutcomeKind.AlreadyStored;
}
