using System.Globalization;
using System.Text;
using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.Model;
using static Dicom.Clean.Toolkit.IO.DicomTagConstants;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>Element headers: explicit and implicit VR, and recovery when the bytes contradict the declared VR.</summary>
internal sealed partial class DatasetParser
{
    private ElementHeader ReadHeader(long offset, long end, DatasetSyntax syntax, PooledList<DicomElement> current)
    {
        var bytes = Peek(offset, 12, end);
        var tag = ReadTag(bytes, syntax.IsBigEndian);
        if (!syntax.IsExplicitVR)
        {
            var length = ReadUInt32(bytes[4..], syntax.IsBigEndian);
            return new ElementHeader(tag, DictionaryVR(tag, current, length), length, 8, ElementFlags.VRFromDictionary);
        }

        if (DicomVR.TryParse(bytes[4], bytes[5], out var vr))
        {
            ElementHeader header;
            if (vr.HasLongLength)
            {
                if (bytes.Length < 12)
                {
                    throw new DicomException("The data ends inside an element header", offset, tag);
                }

                header = new ElementHeader(tag, vr, ReadUInt32(bytes[8..], syntax.IsBigEndian), 12, ElementFlags.None);
            }
            else
            {
                header = new ElementHeader(tag, vr, ReadUInt16(bytes[6..], syntax.IsBigEndian), 8, ElementFlags.None);
            }

            if (header.IsUndefinedLength || header.Length <= end - offset - header.HeaderLength || tag.Value == PixelData)
            {
                return header;
            }

            // The length runs past the end: see whether another reading of the header fits the data.
            return TryAlternativeHeader(offset, end, syntax, current, tag, out var alternative)
                ? WarnCorrected(offset, header, alternative)
                : header;
        }

        if (TryAlternativeHeader(offset, end, syntax, current, tag, out var recovered))
        {
            Warn(offset, tag, $"Invalid VR bytes {Hex(bytes[4])} {Hex(bytes[5])}: read as {Describe(recovered)}");
            return recovered;
        }

        throw new DicomException($"Invalid VR bytes {Hex(bytes[4])} {Hex(bytes[5])} and no other reading of the header fits the data", offset, tag);
    }

    private ElementHeader WarnCorrected(long offset, ElementHeader declared, ElementHeader corrected)
    {
        Warn(offset, declared.Tag, $"Explicit VR {declared.VR.Code} contradicts the data: read as {Describe(corrected)}");
        return corrected;
    }

    /// <summary>
    /// Other ways to read a header whose declared VR or length cannot be right: implicit VR (a 32-bit
    /// length after the tag), or the dictionary's VR with a 16-bit or a 32-bit length. A reading is
    /// accepted when its value fits the data and the next tag is plausible.
    /// </summary>
    private bool TryAlternativeHeader(long offset, long end, DatasetSyntax syntax, PooledList<DicomElement> current, DicomTag tag, out ElementHeader header)
    {
        var bytes = Peek(offset, 12, end);
        var implicitLength = ReadUInt32(bytes[4..], syntax.IsBigEndian);
        var dictionaryVR = DictionaryVR(tag, current, implicitLength);
        Span<ElementHeader> candidates =
        [
            new(tag, dictionaryVR, implicitLength, 8, ElementFlags.VRFromDictionary),
            new(tag, dictionaryVR, ReadUInt16(bytes[6..], syntax.IsBigEndian), 8, ElementFlags.VRFromDictionary),
            bytes.Length >= 12
                ? new(tag, dictionaryVR, ReadUInt32(bytes[8..], syntax.IsBigEndian), 12, ElementFlags.VRFromDictionary)
                : default,
        ];

        foreach (var candidate in candidates)
        {
            if (candidate.HeaderLength == 0)
            {
                continue;
            }

            if (candidate.IsUndefinedLength)
            {
                if (candidate.HeaderLength == 8 && candidate.Length == implicitLength && (dictionaryVR == DicomVR.SQ || dictionaryVR == DicomVR.UN))
                {
                    header = candidate with { VR = DicomVR.SQ };
                    return true;
                }

                continue;
            }

            var next = offset + candidate.HeaderLength + candidate.Length;
            var implicitReading = candidate.HeaderLength == 8 && candidate.Length == implicitLength;
            if (candidate.Length <= end - offset - candidate.HeaderLength && IsPlausibleNext(next, end, tag, syntax, implicitReading))
            {
                header = candidate;
                return true;
            }
        }

        header = default;
        return false;
    }

    /// <summary>
    /// True when the bytes at <paramref name="next"/> read as the next element: the end of the data,
    /// an item or delimiter tag, or a higher tag whose header (implicit or explicit, as the candidate
    /// reading assumes) fits the data.
    /// </summary>
    private bool IsPlausibleNext(long next, long end, DicomTag current, DatasetSyntax syntax, bool implicitReading)
    {
        if (next == end)
        {
            return true;
        }

        var bytes = Peek(next, 8, end);
        if (bytes.Length < 8)
        {
            return false;
        }

        var tag = ReadTag(bytes, syntax.IsBigEndian);
        if (tag.Group == 0xFFFE)
        {
            return true;
        }

        if (tag <= current)
        {
            return false;
        }

        if (implicitReading)
        {
            var length = ReadUInt32(bytes[4..], syntax.IsBigEndian);
            return length == ElementHeader.Undefined || length <= end - next - 8;
        }

        return DicomVR.TryParse(bytes[4], bytes[5], out _);
    }

    /// <summary>The VR the dictionary gives a tag, for implicit VR data (UN when unknown).</summary>
    private DicomVR DictionaryVR(DicomTag tag, PooledList<DicomElement> current, uint length)
    {
        if (tag.Element == 0x0000)
        {
            return DicomVR.UL;
        }

        if (tag.IsPrivateCreator)
        {
            return DicomVR.LO;
        }

        var dictionary = _options.Dictionary;
        var entry = tag.IsPrivate ? dictionary.Find(tag, FindPrivateCreator(tag, current)) : dictionary.Find(tag);
        if (entry is null || entry.ValueRepresentations.Count == 0)
        {
            // Undefined length with an unknown VR can only be a sequence (PS3.5 7.5.1).
            return length == ElementHeader.Undefined ? DicomVR.SQ : DicomVR.UN;
        }

        var vrs = entry.ValueRepresentations;
        if (vrs.Count == 1)
        {
            return vrs[0];
        }

        // "OB or OW": implicit VR little endian encodes OW (PS3.5 A.1); "US or SS": by Pixel Representation.
        if (entry.Allows(DicomVR.OW) && entry.Allows(DicomVR.OB))
        {
            return DicomVR.OW;
        }

        if (entry.Allows(DicomVR.US) && entry.Allows(DicomVR.SS))
        {
            return IsSignedPixelData(current) ? DicomVR.SS : DicomVR.US;
        }

        return vrs[0];
    }

    private static bool IsSignedPixelData(PooledList<DicomElement> current)
    {
        for (var i = current.Count - 1; i >= 0; i--)
        {
            var element = current[i];
            if (element.Tag.Value == PixelRepresentation)
            {
                return element.TryGetUInt16(0, out var value) && value == 1;
            }
        }

        return false;
    }

    private static string? FindPrivateCreator(DicomTag tag, PooledList<DicomElement> current)
    {
        if (tag.Element < 0x1000)
        {
            return null;
        }

        var creatorTag = new DicomTag(tag.Group, (ushort)(tag.Element >> 8));
        for (var i = current.Count - 1; i >= 0; i--)
        {
            var element = current[i];
            if (element.Tag == creatorTag)
            {
                var value = element.RawValue.Span;
                return Encoding.Latin1.GetString(value).Trim(' ', '\0');
            }
        }

        return null;
    }

    private static string Describe(ElementHeader header) =>
        header.HeaderLength == 8 && header.Flags.HasFlag(ElementFlags.VRFromDictionary)
            ? $"VR {header.VR.Code} from the dictionary, {(header.IsUndefinedLength ? "undefined" : header.Length.ToString(CultureInfo.InvariantCulture))} length"
            : $"VR {header.VR.Code} with a {(header.HeaderLength == 12 ? "32" : "16")}-bit length {header.Length}";

    private static string Hex(byte value) => value.ToString("X2", CultureInfo.InvariantCulture);
}
