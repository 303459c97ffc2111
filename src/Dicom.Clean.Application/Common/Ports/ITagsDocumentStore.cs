using Dicom.Clean.Domain.Instances;

namespace Dicom.Clean.Application.Common.Ports;

/// <summary>
/// Reads the tags answer stored at ingest (<see cref="Instances.Common.TagsDocumentWriter"/>),
/// written by the repository in the same transaction as the instance's rows.
/// </summary>
public interface ITagsDocumentStore
{
    /// <summary>The stored UTF-8 JSON document, or null when the instance has none (unknown, or stored before documents existed).</summary>
    Task<byte[]?> FindAsync(InstanceId id, CancellationToken cancellationToken);
}
