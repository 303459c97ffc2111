namespace Dicom.Clean.Application.Common.Ports;

/// <summary>
/// Reads a DICOM file into what ingest stores: the identifying attributes and every element as
/// display text. Implemented over the DICOM toolkit in Infrastructure.
/// </summary>
public interface IDicomParser
{
    /// <summary>Parses the file. Pixel data is summarised, not decoded.</summary>
    /// <param name="content">The file, from its first byte; read to the end, not disposed.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <exception cref="Exceptions.UnreadableDicomException">Not DICOM, or damaged: reason and byte offset.</exception>
    Task<ParsedDicom> ParseAsync(Stream content, CancellationToken cancellationToken);
}
