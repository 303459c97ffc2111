using Dicom.Clean.Application.Uploads.Common;

namespace Dicom.Clean.Infrastructure.Uploads;

/// <summary>The JSON shape of an upload's state file (the key is the file name).</summary>
internal sealed record UploadStateDocument(
    long Length,
    long Offset,
    Dictionary<string, string>? Metadata,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    UploadOutcome? Outcome)
{
    public static UploadStateDocument From(ResumableUpload upload) => new(
        upload.Length,
        upload.Offset,
        new Dictionary<string, string>(upload.Metadata, StringComparer.Ordinal),
        upload.CreatedAt,
        upload.ExpiresAt,
        upload.Outcome);

    public ResumableUpload ToUpload(string key) => new()
    {
        Key = key,
        Length = Length,
        Offset = Offset,
        Metadata = Metadata ?? new Dictionary<string, string>(StringComparer.Ordinal),
        CreatedAt = CreatedAt,
        ExpiresAt = ExpiresAt,
        Outcome = Outcome,
    };
}
