using System.Buffers.Binary;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Text;
using Dicom.Clean.Toolkit.Uids;
using static Dicom.Clean.Toolkit.IO.DicomTagConstants;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>
/// Reads the framing of a file: preamble and <c>DICM</c>, file meta information, the transfer syntax
/// (checked against the data set's first bytes), deflate (see <see cref="DatasetInflater"/>); then the data set.
/// </summary>
internal static class DicomFileParser
{
    public static DicomFile Parse(DicomByteSource source, DicomReaderOptions options, bool ownsSource)
    {
        var warnings = new List<DicomReadWarning>();
        var window = new ByteWindow(source, options.LargeValueThreshold);
        using var parser = new DatasetParser(window, options, warnings);

        var (format, position) = DetectFormat(window, warnings);
        var meta = DicomDataset.Empty;
        DicomTransferSyntax? declared = null;
        if (format != DicomFileFormat.DatasetOnly)
        {
            meta = ReadMeta(window, parser, ref position, warnings);
            if (meta.Find(new DicomTag(0x0002, 0x0010)) is { } tsElement && tsElement.GetString() is { Length: > 0 } uid)
            {
                declared = DicomTransferSyntax.Lookup(uid);
                if (!declared.IsKnown)
                {
                    warnings.Add(new DicomReadWarning(tsElement.Offset, tsElement.Tag, $"Unknown transfer syntax {uid}: read as explicit VR little endian"));
                }
            }
            else
            {
                warnings.Add(new DicomReadWarning(position, new DicomTag(0x0002, 0x0010), "File meta information has no transfer syntax: detected from the data set"));
            }
        }

        var datasetOffset = position;
        if (declared is { IsDeflated: true })
        {
            var inflated = DatasetInflater.Inflate(source, position, options);
            try
            {
                var inflatedWindow = new ByteWindow(inflated, options.LargeValueThreshold);
                using var inflatedParser = new DatasetParser(inflatedWindow, options, warnings);
                long inflatedPosition = 0;
                var inflatedSyntax = CheckSyntax(inflatedWindow, 0, DatasetSyntax.ExplicitLittle, declared, warnings);
                var inflatedDataset = inflatedParser.ReadTopLevel(ref inflatedPosition, inflated.Length, inflatedSyntax, DicomCharacterSet.Default);
                return new DicomFile(source, ownsSource, format, meta, inflatedDataset, declared, datasetOffset, warnings, inflated);
            }
            catch
            {
                inflated.Dispose(); // a temporary file, when the data set was large
                throw;
            }
        }

        var syntax = declared is null
            ? DatasetSyntaxProbe.Detect(window, position).Syntax
            : CheckSyntax(window, position, new DatasetSyntax(declared.IsExplicitVR, declared.IsBigEndian), declared, warnings);
        var transferSyntax = declared ?? SyntaxFor(syntax);
        var dataset = parser.ReadTopLevel(ref position, window.Length, syntax, DicomCharacterSet.Default);
        return new DicomFile(source, ownsSource, format, meta, dataset, transferSyntax, datasetOffset, warnings);
    }

    private static (DicomFileFormat Format, long Position) DetectFormat(ByteWindow window, List<DicomReadWarning> warnings)
    {
        var head = window.Peek(0, 132);
        if (head.Length >= 132 && head[128..132].SequenceEqual("DICM"u8))
        {
            return (DicomFileFormat.Part10, 132);
        }

        if (head.Length >= 4 && head[..4].SequenceEqual("DICM"u8))
        {
            warnings.Add(new DicomReadWarning(0, null, "No 128-byte preamble before 'DICM'"));
            return (DicomFileFormat.Part10WithoutPreamble, 4);
        }

        if (head.Length >= 8 && BinaryPrimitives.ReadUInt16LittleEndian(head) == 0x0002)
        {
            warnings.Add(new DicomReadWarning(0, null, "No preamble and no 'DICM' prefix before the file meta information"));
            return (DicomFileFormat.Part10WithoutPreamble, 0);
        }

        if (LooksLikeDataset(window, 0))
        {
            return (DicomFileFormat.DatasetOnly, 0);
        }

        // Some writers leave one stray byte before a raw data set.
        if (head.Length > 9 && LooksLikeDataset(window, 1))
        {
            warnings.Add(new DicomReadWarning(0, null, "Stray byte before the data set skipped"));
            return (DicomFileFormat.DatasetOnly, 1);
        }

        throw new DicomException("Not a DICOM file: no 'DICM' prefix, and the data does not begin with a data element", 0);
    }

    /// <summary>
    /// A raw data set: its first headers read plausibly in some encoding, and either three of them do or
    /// the first is in a low, even group (command, meta or patient/study groups), as raw data sets begin.
    /// Other files rarely pass: one 32-bit length that happens to fit (RIFF, for one) is not enough.
    /// </summary>
    private static bool LooksLikeDataset(ByteWindow window, long position)
    {
        var reading = DatasetSyntaxProbe.Detect(window, position);
        return reading.Elements >= 3
            || (reading.Elements >= 1 && reading.First is { Group: > 0 and <= 0x0028 } first && (first.Group & 1) == 0);
    }

    private static DicomDataset ReadMeta(ByteWindow window, DatasetParser parser, ref long position, List<DicomReadWarning> warnings)
    {
        var start = position;
        var metaSyntax = DatasetSyntax.ExplicitLittle;
        var head = window.Peek(position, 8);
        if (head.Length >= 6 && !DicomVR.TryParse(head[4], head[5], out _))
        {
            warnings.Add(new DicomReadWarning(position, null, "File meta information encoded in implicit VR (the standard requires explicit VR little endian)"));
            metaSyntax = DatasetSyntax.ImplicitLittle;
        }

        var meta = parser.ReadTopLevel(ref position, window.Length, metaSyntax, DicomCharacterSet.Default, metaOnly: true);
        if (meta.Find(new DicomTag(0x0002, 0x0000)) is { } groupLength && groupLength.TryGetUInt32(0, out var declaredLength))
        {
            var expectedEnd = groupLength.ValueOffset + groupLength.Length + declaredLength;
            if (expectedEnd != position)
            {
                warnings.Add(new DicomReadWarning(groupLength.Offset, groupLength.Tag, $"File meta information group length says {declaredLength} bytes, the group has {position - groupLength.ValueOffset - groupLength.Length}"));
            }
        }
        else if (meta.Count > 0)
        {
            warnings.Add(new DicomReadWarning(start, new DicomTag(0x0002, 0x0000), "File meta information has no group length"));
        }

        return meta;
    }

    /// <summary>
    /// Checks the declared encoding against the first element headers and follows the bytes when the
    /// declared reading breaks and another one holds (see <see cref="DatasetSyntaxProbe"/>).
    /// </summary>
    private static DatasetSyntax CheckSyntax(ByteWindow window, long position, DatasetSyntax declared, DicomTransferSyntax? transferSyntax, List<DicomReadWarning> warnings)
    {
        var reading = DatasetSyntaxProbe.Read(window, position, declared);
        if (reading.Holds)
        {
            return declared;
        }

        var best = DatasetSyntaxProbe.Detect(window, position);
        if (!best.Holds || best.Syntax == declared)
        {
            // Nothing reads better: damage for the parser to report (or recover) where it is.
            return declared;
        }

        var name = transferSyntax?.Name ?? "The detected syntax";
        warnings.Add(new DicomReadWarning(position, null, $"{name} is declared but the data set is encoded {best.Syntax}: read as encoded"));
        return best.Syntax;
    }

    private static DicomTransferSyntax SyntaxFor(DatasetSyntax syntax) =>
        syntax.IsBigEndian ? DicomTransferSyntax.ExplicitVRBigEndian
        : syntax.IsExplicitVR ? DicomTransferSyntax.ExplicitVRLittleEndian
        : DicomTransferSyntax.ImplicitVRLittleEndian;
}
