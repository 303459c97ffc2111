using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Uids;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>
/// Writes Part 10 files: preamble, <c>DICM</c>, file meta information with its group length, then the
/// data set in Implicit VR Little Endian, Explicit VR Little Endian, or an encapsulated transfer syntax
/// whose fragments are copied through unchanged. Strict: values are padded to even length, group
/// lengths recomputed, and anything that cannot be encoded correctly throws <see cref="DicomException"/>.
/// Large values are streamed from their source, never loaded whole. Errors of the output stream
/// itself (a full disk, a closed stream) propagate as they are. Thread-safe: each call has its own state.
/// </summary>
public static class DicomWriter
{
    /// <summary>Writes a file read earlier (or built) to a stream.</summary>
    /// <param name="output">The stream to write to.</param>
    /// <param name="file">The file: its meta information supplies optional meta elements.</param>
    /// <param name="transferSyntax">The transfer syntax to write; the file's own when null (big endian and deflated files are written as explicit VR little endian).</param>
    /// <param name="options">Writer options; <see cref="DicomWriterOptions.Default"/> when null.</param>
    /// <exception cref="DicomException">The data set cannot be written in that transfer syntax.</exception>
    public static void Write(Stream output, DicomFile file, DicomTransferSyntax? transferSyntax = null, DicomWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var target = transferSyntax ?? file.TransferSyntax;
        if (transferSyntax is null && (target.IsBigEndian || target.IsDeflated))
        {
            target = DicomTransferSyntax.ExplicitVRLittleEndian;
        }

        Write(output, file.Dataset, target, options, file.FileMetaInformation);
    }

    /// <summary>Writes a data set as a Part 10 file.</summary>
    /// <param name="output">The stream to write to.</param>
    /// <param name="dataset">The data set.</param>
    /// <param name="transferSyntax">Implicit or explicit VR little endian, or an encapsulated syntax matching the data set's pixel data.</param>
    /// <param name="options">Writer options; <see cref="DicomWriterOptions.Default"/> when null.</param>
    /// <param name="fileMetaInformation">Meta information to take SOP class/instance and optional elements from; the data set's SOP Class and Instance UIDs otherwise.</param>
    /// <exception cref="DicomException">The data set cannot be written in that transfer syntax, or lacks its SOP Class or Instance UID.</exception>
    public static void Write(Stream output, DicomDataset dataset, DicomTransferSyntax transferSyntax, DicomWriterOptions? options = null, DicomDataset? fileMetaInformation = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(transferSyntax);
        options ??= DicomWriterOptions.Default;
        CheckTransferSyntax(dataset, transferSyntax);

        var meta = FileMetaBuilder.Build(dataset, transferSyntax, options, fileMetaInformation);
        output.Write(new byte[128]);
        output.Write("DICM"u8);
        new DatasetWriter(output, explicitVR: true, DicomSequenceLengthEncoding.Undefined, removeGroupLengths: false).WriteDataset(meta);
        new DatasetWriter(output, transferSyntax.IsExplicitVR, options.SequenceLength, options.RemoveGroupLengths).WriteDataset(dataset);
    }

    /// <summary>Writes a file to a new array (for files under 2 GB).</summary>
    /// <param name="file">The file.</param>
    /// <param name="transferSyntax">The transfer syntax; see <see cref="Write(Stream, DicomFile, DicomTransferSyntax?, DicomWriterOptions?)"/>.</param>
    /// <param name="options">Writer options.</param>
    public static byte[] WriteToArray(DicomFile file, DicomTransferSyntax? transferSyntax = null, DicomWriterOptions? options = null)
    {
        using var output = new MemoryStream();
        Write(output, file, transferSyntax, options);
        return output.ToArray();
    }

    /// <summary>Writes a data set to a new array (for files under 2 GB).</summary>
    /// <param name="dataset">The data set.</param>
    /// <param name="transferSyntax">The transfer syntax.</param>
    /// <param name="options">Writer options.</param>
    public static byte[] WriteToArray(DicomDataset dataset, DicomTransferSyntax transferSyntax, DicomWriterOptions? options = null)
    {
        using var output = new MemoryStream();
        Write(output, dataset, transferSyntax, options);
        return output.ToArray();
    }

    private static void CheckTransferSyntax(DicomDataset dataset, DicomTransferSyntax transferSyntax)
    {
        if (transferSyntax.IsBigEndian || transferSyntax.IsDeflated || !transferSyntax.IsKnown)
        {
            throw new DicomException($"Writing {transferSyntax.Name} is not supported: write implicit or explicit VR little endian");
        }

        if (dataset.Count > 0 && dataset[0].Tag.Group == 0x0002)
        {
            throw new DicomException("File meta information elements (group 0002) belong in the meta information, not the data set", tag: dataset[0].Tag);
        }

        var pixels = dataset.Find(new DicomTag(0x7FE0, 0x0010));
        if (pixels is null)
        {
            return;
        }

        if (pixels.IsEncapsulated && !transferSyntax.IsEncapsulated)
        {
            throw new DicomException($"Encapsulated pixel data cannot be written as {transferSyntax.Name}: the toolkit does not transcode", tag: pixels.Tag);
        }

        if (!pixels.IsEncapsulated && transferSyntax.IsEncapsulated)
        {
            throw new DicomException($"Native pixel data cannot be written as {transferSyntax.Name}: the toolkit does not compress", tag: pixels.Tag);
        }
    }
}
