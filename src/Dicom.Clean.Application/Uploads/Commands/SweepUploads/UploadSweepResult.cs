namespace Dicom.Clean.Application.Uploads.Commands.SweepUploads;

/// <summary>What one sweep did.</summary>
/// <param name="Removed">Expired uploads removed.</param>
/// <param name="Finished">Complete uploads ingested.</param>
public sealed record UploadSweepResult(int Removed, int Finished);
