namespace Dicom.Clean.Application.Jobs.Queries.GetImportJob;

/// <summary>A file of a job that was not stored.</summary>
/// <param name="Path">Path below the job's folder.</param>
/// <param name="Reason">Why (the reader's reason and offset, a conflicting id...); never patient data.</param>
public sealed record ImportFailureDto(string Path, string Reason);
