namespace Dicom.Clean.Application.Instances.Ingest;

/// <summary>The outcome of storing one file.</summary>
/// <param name="Id">Server id of the stored (or already stored) instance.</param>
/// <param name="Status">Whether it was new.</param>
public sealed record StoreResult(string Id, StoreStatus Status);
