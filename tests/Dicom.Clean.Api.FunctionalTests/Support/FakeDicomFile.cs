using System.Globalization;
using System.Text;
using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Domain.Instances;

namespace Dicom.Clean.Api.FunctionalTests.Support;

/// <summary>
/// A stand-in file format for the HTTP tests until the toolkit's reader and writer are merged:
/// a <c>FAKEDICM</c> line, then one element per line (<c>tag|VR|keyword|value|path</c>). The
/// parser reads it the way the port promises: attributes, every element, or a 422 with offset.
/// Replaced by real Part 10 files from the toolkit's writer when it lands.
/// </summary>
internal sealed class FakeDicomFile : IDicomParser
{
    private const string Magic = "FAKEDICM";

    public static byte[] Build(string? sopInstanceUid, string? patientId = "P1", string modality = "MR", int rows = 4, int columns = 3, bool withPixels = true, string extra = "")
    {
        var text = new StringBuilder(Magic).Append('\n');
        void Element(uint tag, string vr, string keyword, string? value, string path = "")
        {
            if (value is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"{tag:X8}|{vr}|{keyword}|{value}|{path}\n");
            }
        }

        Element(0x00080016, "UI", "SOPClassUID", "1.2.840.10008.5.1.4.1.1.4");
        Element(0x00080018, "UI", "SOPInstanceUID", sopInstanceUid);
        Element(0x00080060, "CS", "Modality", modality);
        Element(0x00081115, "SQ", "ReferencedSeriesSequence", "");
        Element(0x0020000E, "UI", "SeriesInstanceUID", "1.2.3.9", "(0008,1115)[0]");
        Element(0x00100010, "PN", "PatientName", "Doe^Jane");
        Element(0x00100020, "LO", "PatientID", patientId);
        Element(0x0020000D, "UI", "StudyInstanceUID", "1.2.3");
        Element(0x0020000E, "UI", "SeriesInstanceUID", "1.2.3.4");
        Element(0x00280010, "US", "Rows", rows.ToString(CultureInfo.InvariantCulture));
        Element(0x00280011, "US", "Columns", columns.ToString(CultureInfo.InvariantCulture));
        Element(0x7FE00010, "OW", "PixelData", withPixels ? $"<OW {rows * columns * 2} bytes>" : null);
        text.Append(extra);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public async Task<ParsedDicom> ParseAsync(Stream content, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, leaveOpen: true);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (!text.StartsWith(Magic + "\n", StringComparison.Ordinal))
        {
            throw new UnreadableDicomException("No DICM prefix at byte 128 and no recognisable data set", 128);
        }

        var elements = text[(Magic.Length + 1)..].Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('|'))
            .Select(p => new ParsedElement(uint.Parse(p[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture), p[1], p[2], p[3], p[4]))
            .ToList();
        string? Top(string keyword) => elements.FirstOrDefault(e => e.Keyword == keyword && e.Path.Length == 0)?.Value;
        int? Number(string keyword) => Top(keyword) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        var attributes = new InstanceAttributes
        {
            SopClassUid = Top("SOPClassUID"),
            SopInstanceUid = Top("SOPInstanceUID"),
            Modality = Top("Modality"),
            PatientName = Top("PatientName"),
            PatientId = Top("PatientID"),
            StudyInstanceUid = Top("StudyInstanceUID"),
            SeriesInstanceUid = Top("SeriesInstanceUID"),
            Rows = Number("Rows"),
            Columns = Number("Columns"),
            NumberOfFrames = Top("PixelData") is null ? null : 1,
            TransferSyntaxUid = "1.2.840.10008.1.2.1",
        };
        return new ParsedDicom(attributes, elements, []);
    }
}
