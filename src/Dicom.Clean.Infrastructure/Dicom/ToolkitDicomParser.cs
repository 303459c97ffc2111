using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Toolkit;
using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Infrastructure.Dicom;

/// <summary>
/// The parser port over the toolkit's reader: every element of the data set (file meta excluded,
/// as the seed and DICOM JSON list them) in file order with its item path and display text.
/// Large values stay in the file: the toolkit reads them on demand and the display text only
/// summarises them, so pixel data is never loaded here.
/// </summary>
internal sealed class ToolkitDicomParser : IDicomParser
{
    /// <summary>
    /// The toolkit inflates a deflated data set into memory: 256 MiB at most here (the toolkit's
    /// default is 1 GiB), so a deflate bomb is refused (422) in bounded memory and time.
    /// </summary>
    internal static readonly DicomReaderOptions ReaderOptions = new() { MaxInflatedLength = 256L * 1024 * 1024 };

    public Task<ParsedDicom> ParseAsync(Stream content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using var file = DicomFile.Read(content, ReaderOptions, leaveOpen: true);
            TruncatedFileCheck.ThrowIfTruncated(file);
            var dataset = file.Dataset;
            var elements = new List<ParsedElement>(dataset.Count);
            foreach (var entry in dataset.Walk())
            {
                elements.Add(new ParsedElement(
                    entry.Element.Tag.Value,
                    entry.Element.VR.Code,
                    entry.Keyword,
                    entry.DisplayText,
                    entry.ItemPath?.ToString() ?? string.Empty));
            }

            var warnings = file.Warnings.Select(w => new ParseWarning(w.Message, w.Offset)).ToList();
            return Task.FromResult(new ParsedDicom(ReadAttributes(file), elements, warnings));
        }
        catch (DicomException ex)
        {
            throw new UnreadableDicomException(ex.Reason, ex.Offset, ex);
        }
    }

    private static InstanceAttributes ReadAttributes(DicomFile file)
    {
        var dataset = file.Dataset;
        return new InstanceAttributes
        {
            StudyInstanceUid = Text(dataset, DicomTags.StudyInstanceUID),
            SeriesInstanceUid = Text(dataset, DicomTags.SeriesInstanceUID),
            SopInstanceUid = Text(dataset, DicomTags.SOPInstanceUID),
            SopClassUid = Text(dataset, DicomTags.SOPClassUID),
            Modality = Text(dataset, DicomTags.Modality),
            PatientId = Text(dataset, DicomTags.PatientID),
            PatientName = Text(dataset, DicomTags.PatientName),
            StudyDate = Text(dataset, DicomTags.StudyDate),
            TransferSyntaxUid = file.TransferSyntax.Uid,
            Rows = Number(dataset, DicomTags.Rows),
            Columns = Number(dataset, DicomTags.Columns),
            // Number of Frames is absent from single-frame images; pixel data alone means one frame.
            NumberOfFrames = Number(dataset, DicomTags.NumberOfFrames) ?? (dataset.Contains(DicomTags.PixelData) ? 1 : null),
        };
    }

    // The display text: decoded in the data set's character set, trimmed, PN groups joined by '='.
    private static string? Text(DicomDataset dataset, DicomTag tag) =>
        dataset.Find(tag) is { IsEmpty: false } element && element.GetDisplayText(dataset.CharacterSet) is { Length: > 0 } text
            ? text
            : null;

    private static int? Number(DicomDataset dataset, DicomTag tag) =>
        dataset.Find(tag) is { IsEmpty: false } element && element.TryGetInt32(0, out var value) ? value : null;
}
