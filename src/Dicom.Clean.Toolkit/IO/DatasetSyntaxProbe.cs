using System.Buffers.Binary;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>
/// Tells how a data set is encoded by reading its first element headers in each encoding: a reading
/// holds while tags ascend, groups are legal, explicit VRs are VRs and lengths fit the data. One header
/// says little (group 0x0100 big endian reads as a legal group 0x0001... little endian only by luck);
/// several consecutive headers that agree are hard to fake.
/// </summary>
internal static class DatasetSyntaxProbe
{
    /// <summary>Headers read per encoding; a reading that holds this long is taken as proven.</summary>
    public const int ElementsChecked = 6;

    // In order of preference when two readings are equally good (the common encodings first).
    private static readonly DatasetSyntax[] Candidates = [DatasetSyntax.ExplicitLittle, DatasetSyntax.ImplicitLittle, DatasetSyntax.ExplicitBig];

    /// <summary>The best reading among explicit and implicit VR little endian and explicit VR big endian.</summary>
    public static DatasetSyntaxReading Detect(ByteWindow window, long position)
    {
        var best = Read(window, position, Candidates[0]);
        for (var i = 1; i < Candidates.Length; i++)
        {
            var reading = Read(window, position, Candidates[i]);
            if (reading.IsBetterThan(best))
            {
                best = reading;
            }
        }

        return best;
    }

    /// <summary>Reads up to <see cref="ElementsChecked"/> headers from <paramref name="position"/> in one encoding.</summary>
    public static DatasetSyntaxReading Read(ByteWindow window, long position, DatasetSyntax syntax)
    {
        var end = window.Length;
        var previous = -1L;
        var count = 0;
        DicomTag? first = null;
        while (count < ElementsChecked)
        {
            if (position == end)
            {
                return new DatasetSyntaxReading(syntax, count, first, Holds: count > 0);
            }

            var head = window.Peek(position, 12);
            if (head.Length < 8)
            {
                break;
            }

            var tag = syntax.IsBigEndian
                ? new DicomTag(BinaryPrimitives.ReadUInt16BigEndian(head), BinaryPrimitives.ReadUInt16BigEndian(head[2..]))
                : new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(head), BinaryPrimitives.ReadUInt16LittleEndian(head[2..]));
            if (!IsLegalGroup(tag.Group) || tag.Value <= previous || !TryReadLength(head, syntax, out var length, out var headerLength))
            {
                break;
            }

            if (length == ElementHeader.Undefined)
            {
                // A sequence or encapsulated pixel data: it cannot be skipped without parsing, and is itself good evidence.
                return new DatasetSyntaxReading(syntax, count + 1, first ?? tag, Holds: true);
            }

            if (length > end - position - headerLength)
            {
                break;
            }

            first ??= tag;
            count++;
            position += headerLength + length;
            previous = tag.Value;
        }

        return new DatasetSyntaxReading(syntax, count, first, Holds: count == ElementsChecked);
    }

    private static bool TryReadLength(ReadOnlySpan<byte> head, DatasetSyntax syntax, out uint length, out int headerLength)
    {
        headerLength = 8;
        if (!syntax.IsExplicitVR)
        {
            length = BinaryPrimitives.ReadUInt32LittleEndian(head[4..]);
            return true;
        }

        length = 0;
        if (!DicomVR.TryParse(head[4], head[5], out var vr))
        {
            return false;
        }

        if (!vr.HasLongLength)
        {
            length = syntax.IsBigEndian ? BinaryPrimitives.ReadUInt16BigEndian(head[6..]) : BinaryPrimitives.ReadUInt16LittleEndian(head[6..]);
            return true;
        }

        if (head.Length < 12)
        {
            return false;
        }

        headerLength = 12;
        length = syntax.IsBigEndian ? BinaryPrimitives.ReadUInt32BigEndian(head[8..]) : BinaryPrimitives.ReadUInt32LittleEndian(head[8..]);

        // Only sequences and encapsulated (or UN-wrapped) data may have undefined length (PS3.5 7.1.2).
        return length != ElementHeader.Undefined || vr == DicomVR.SQ || vr == DicomVR.UN || vr == DicomVR.OB || vr == DicomVR.OW;
    }

    // Items and delimiters do not begin elements; groups 0001, 0003, 0005, 0007 and FFFF are illegal (PS3.5 7.1).
    private static bool IsLegalGroup(ushort group) => group is not (0x0001 or 0x0003 or 0x0005 or 0x0007 or 0xFFFE or 0xFFFF);
}
