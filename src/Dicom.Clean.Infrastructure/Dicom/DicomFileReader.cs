using Dicom.Clean.Toolkit;
using Dicom.Clean.Toolkit.IO;

namespace Dicom.Clean.Infrastructure.Dicom;

/// <summary>
/// Opens a port's stream with the toolkit: a memory stream that exposes its buffer (ingest's copy
/// of the upload) is read in place, every value a slice of it; any other stream on demand.
/// </summary>
internal static class DicomFileReader
{
    public static DicomFile Read(Stream content, DicomReaderOptions? options = null) =>
        content is MemoryStream memory && memory.Position == 0 && memory.TryGetBuffer(out var buffer)
            ? DicomFile.Read(buffer.AsMemory(), options)
            : DicomFile.Read(content, options, leaveOpen: true);
}
