using Dicom.Clean.Application.Common.Ports;

namespace Dicom.Clean.Application.Instances.Ingest;

/// <summary>
/// Where ingest reads an upload back from: the copy kept in memory while staging when there is
/// one (each reader gets its own stream over the same bytes, so parse and render may overlap),
/// else the staged blob.
/// </summary>
internal sealed class IngestSource(IStagedBlob staged, ArraySegment<byte>? copy)
{
    public Stream Open() =>
        copy is { Array: { } array } bytes
            // publiclyVisible: the toolkit adapters take the buffer as is instead of copying it.
            ? new MemoryStream(array, bytes.Offset, bytes.Count, writable: false, publiclyVisible: true)
            : staged.OpenRead();
}
