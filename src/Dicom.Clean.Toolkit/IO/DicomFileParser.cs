using System.Buffers.Binary;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Text;
using Dicom.Clean.Toolkit.Uids;
using static Dicom.Clean.Toolkit.IO.DicomTagConstants;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>
/// Reads the framing of a file: preamble and <c>DICM</c>, file meta information, the transfer syntax
/// (checked against the data set's first bytes), deflate; then the data set.
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
            var inflated = Inflate(source, position, options);
            var inflatedWindow = new ByteWindow(inflated);
            using var inflatedParser = new DatasetParser(inflatedWindow, options, warnings);
            long inflatedPosition = 0;
            var inflatedSyntax = CheckSyntax(inflatedWindow, 0, DatasetSyntax.ExplicitLittle, declared, warnings);
            var inflatedDataset = inflatedParser.ReadTopLevel(ref inflatedPosition, inflated.Length, inflatedSyntax, DicomCharacterSet.Default);
            return new DicomFile(source, ownsSource, format, meta, inflatedDataset, declared, datasetOffset, warnings);
        }

        var syntax = declared is null
            ? Detect(window.Peek(position, 12))
            : new DatasetSyntax(declared.IsExplicitVR, declared.IsBigEndian);
        syntax = CheckSyntax(window, position, syntax, declared, warnings);
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

        if (LooksLikeDataset(head))
        {
            return (DicomFileFormat.DatasetOnly, 0);
        }

        // Some writers leave one stray byte before a raw data set.
        if (head.Length > 9 && LooksLikeDataset(head[1..]))
        {
            warnings.Add(new DicomReadWarning(0, null, "Stray byte before the data set skipped"));
            return (DicomFileFormat.DatasetOnly, 1);
        }

        throw new DicomException("Not a DICOM file: no 'DICM' prefix, and the data does not begin with a data element", 0);
    }

    /// <summary>A raw data set starts with a low, even group (command, meta or patient/study groups) and a plausible header.</summary>
    private static bool LooksLikeDataset(ReadOnlySpan<byte> head)
    {
        if (head.Length < 8)
        {
            return false;
        }

        var syntax = Detect(head);
        var group = syntax.IsBigEndian ? BinaryPrimitives.ReadUInt16BigEndian(head) : BinaryPrimitives.ReadUInt16LittleEndian(head);
        return group is > 0 and <= 0x0028 && (group & 1) == 0;
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

    /// <summary>Guesses VR explicitness and byte order from the first element header of a data set.</summary>
    internal static DatasetSyntax Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length < 8)
        {
            return DatasetSyntax.ExplicitLittle;
        }

        var explicitVR = DicomVR.TryParse(head[4], head[5], out _);
        var little = BinaryPrimitives.ReadUInt16LittleEndian(head);
        var big = BinaryPrimitives.ReadUInt16BigEndian(head);

        // Group 0008 read the wrong way round is 0800: a low group in one byte order is a high one in the other.
        var bigEndian = explicitVR && (little & 0x00FF) == 0 && big != 0 && big < little;
        return new DatasetSyntax(explicitVR, bigEndian);
    }

    /// <summary>Checks the declared encoding against the first element and follows the bytes when they disagree.</summary>
    private static DatasetSyntax CheckSyntax(ByteWindow window, long position, DatasetSyntax declared, DicomTransferSyntax? transferSyntax, List<DicomReadWarning> warnings)
    {
        var head = window.Peek(position, 12);
        if (head.Length < 8)
        {
            return declared;
        }

        var detected = Detect(head);
        if (detected == declared)
        {
            return declared;
        }

        var remaining = window.Length - position;
        var implicitLength = declared.IsBigEndian ? BinaryPrimitives.ReadUInt32BigEndian(head[4..]) : BinaryPrimitives.ReadUInt32LittleEndian(head[4..]);
        var implicitFits = implicitLength == ElementHeader.Undefined || implicitLength <= remaining - 8;
        DatasetSyntax actual;
        if (declared.IsExplicitVR && !detected.IsExplicitVR && implicitFits)
        {
            actual = declared with { IsExplicitVR = false };
        }
        else if (!declared.IsExplicitVR && detected.IsExplicitVR && !implicitFits)
        {
            actual = detected;
        }
        else if (declared.IsExplicitVR && detected.IsExplicitVR && detected.IsBigEndian != declared.IsBigEndian)
        {
            actual = detected;
        }
        else
        {
            return declared;
        }

        var name = transferSyntax?.Name ?? "The detected syntax";
        warnings.Add(new DicomReadWarning(position, null, $"{name} is declared but the data set is encoded {actual}: read as encoded"));
        return actual;
    }

    private static DicomTransferSyntax SyntaxFor(DatasetSyntax syntax) =>
        syntax.IsBigEndian ? DicomTransferSyntax.ExplicitVRBigEndian
        : syntax.IsExplicitVR ? DicomTransferSyntax.ExplicitVRLittleEndian
        : DicomTransferSyntax.ImplicitVRLittleEndian;

    private static DicomByteSource Inflate(DicomByteSource source, long position, DicomReaderOptions options)
    {
        var compressed = new DicomByteRange(source, position, source.Length - position);
        using var input = new DicomByteRangeStream(compressed);
        var head = new byte[2];
        var zlib = compressed.Length >= 2 && ReadHead(input, head) && head[0] == 0x78 && (((head[0] << 8) | head[1]) % 31) == 0;
        input.Position = 0;
        using Stream inflater = zlib
            ? new System.IO.Compression.ZLibStream(input, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.DeflateStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > options.MaxInflatedLength)
                {
                    throw new DicomException($"Deflated data set inflates beyond {options.MaxInflatedLength} bytes", position);
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new DicomException($"Deflated data set is damaged: {ex.Message}", position, innerException: ex);
        }

        return DicomByteSource.FromMemory(output.GetBuffer().AsMemory(0, (int)output.Length));
    }

    private static bool ReadHead(Stream input, byte[] head) => input.Read(head, 0, 2) == 2;
}
