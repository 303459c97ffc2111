using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Uids;

namespace Dicom.Clean.Toolkit;

/// <summary>
/// A parsed DICOM file: file meta information, data set, transfer syntax and the warnings the reader
/// raised. Values point into the source; large values from files are read on demand, so keep the
/// file open (do not dispose it) while you use them: after <see cref="Dispose"/> they throw
/// <see cref="ObjectDisposedException"/>. Always dispose it, even when read from memory: a large
/// deflated data set is inflated into a temporary file that only disposal deletes. Thread-safe for reading.
/// </summary>
public sealed class DicomFile : IDisposable
{
    private readonly bool _ownsSource;

    // The inflated data of a deflated data set: memory, or a temporary file deleted on dispose.
    private readonly DicomByteSource? _inflated;

    internal DicomFile(
        DicomByteSource source,
        bool ownsSource,
        DicomFileFormat format,
        DicomDataset fileMetaInformation,
        DicomDataset dataset,
        DicomTransferSyntax transferSyntax,
        long datasetOffset,
        IReadOnlyList<DicomReadWarning> warnings,
        DicomByteSource? inflated = null)
    {
        _inflated = inflated;
        Source = source;
        _ownsSource = ownsSource;
        Format = format;
        FileMetaInformation = fileMetaInformation;
        Dataset = dataset;
        TransferSyntax = transferSyntax;
        DatasetOffset = datasetOffset;
        Warnings = warnings;
    }

    /// <summary>How the file was framed.</summary>
    public DicomFileFormat Format { get; }

    /// <summary>The file meta information (group 0002); empty for a bare data set.</summary>
    public DicomDataset FileMetaInformation { get; }

    /// <summary>The data set.</summary>
    public DicomDataset Dataset { get; }

    /// <summary>The transfer syntax the data set is encoded in (declared, or detected when the file declares none).</summary>
    public DicomTransferSyntax TransferSyntax { get; }

    /// <summary>Byte offset where the data set starts in the source.</summary>
    public long DatasetOffset { get; }

    /// <summary>Recoverable oddities met while reading, with their offsets.</summary>
    public IReadOnlyList<DicomReadWarning> Warnings { get; }

    /// <summary>The bytes the file was read from.</summary>
    public DicomByteSource Source { get; }

    /// <summary>Reads a file from disk. Large values stay in the file until asked for: dispose the result to close it.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Reader options; <see cref="DicomReaderOptions.Default"/> when null.</param>
    /// <exception cref="DicomException">The file cannot be opened, is not DICOM, or is damaged.</exception>
    public static DicomFile Open(string path, DicomReaderOptions? options = null)
    {
        var source = DicomByteSource.OpenFile(path);
        try
        {
            return DicomFileParser.Parse(source, options ?? DicomReaderOptions.Default, ownsSource: true);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads a file held in memory. Nothing is copied: values are slices of <paramref name="bytes"/> (a
    /// deflated data set is inflated, in memory or a temporary file, see <see cref="DicomReaderOptions"/>).
    /// </summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="options">Reader options; <see cref="DicomReaderOptions.Default"/> when null.</param>
    /// <exception cref="DicomException">The data is not DICOM or is damaged.</exception>
    public static DicomFile Read(ReadOnlyMemory<byte> bytes, DicomReaderOptions? options = null) =>
        DicomFileParser.Parse(DicomByteSource.FromMemory(bytes), options ?? DicomReaderOptions.Default, ownsSource: false);

    /// <summary>
    /// Reads a file from a stream: on demand when the stream can seek (keep it open while the result is
    /// used), else copied into memory first.
    /// </summary>
    /// <param name="stream">The stream; offsets count from its start.</param>
    /// <param name="options">Reader options; <see cref="DicomReaderOptions.Default"/> when null.</param>
    /// <param name="leaveOpen">True to leave the stream open when the result is disposed.</param>
    /// <exception cref="DicomException">The data is not DICOM or is damaged.</exception>
    public static DicomFile Read(Stream stream, DicomReaderOptions? options = null, bool leaveOpen = false)
    {
        var source = DicomByteSource.FromStream(stream, leaveOpen);
        try
        {
            return DicomFileParser.Parse(source, options ?? DicomReaderOptions.Default, ownsSource: true);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>Reads a file from a byte source the caller owns (it is not disposed with the result).</summary>
    /// <param name="source">The source.</param>
    /// <param name="options">Reader options; <see cref="DicomReaderOptions.Default"/> when null.</param>
    /// <exception cref="DicomException">The data is not DICOM or is damaged.</exception>
    public static DicomFile Read(DicomByteSource source, DicomReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return DicomFileParser.Parse(source, options ?? DicomReaderOptions.Default, ownsSource: false);
    }

    /// <summary>
    /// Closes the file or stream the values are read from, when this object opened it, and deletes the
    /// temporary file holding a large inflated data set. Values left in those sources cannot be read after.
    /// </summary>
    public void Dispose()
    {
        _inflated?.Dispose();
        if (_ownsSource)
        {
            Source.Dispose();
        }
    }
}
