namespace Dicom.Clean.Application.Instances.Ingest;

/// <summary>Stores one file from a stream; shared by path import, uploads and later protocols.</summary>
public interface IInstanceIngestor
{
    /// <summary>Parses, de-duplicates, writes blobs and rows; on any failure nothing stays stored.</summary>
    /// <exception cref="Common.Exceptions.UnreadableDicomException">Not DICOM or damaged.</exception>
    /// <exception cref="Common.Exceptions.InstanceConflictException">Same SOP Instance UID, other bytes.</exception>
    Task<StoreResult> IngestAsync(Stream content, CancellationToken cancellationToken);
}
