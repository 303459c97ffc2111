using System.Globalization;
using Dicom.Clean.Toolkit.Text;
using Dicom.Clean.Toolkit.Values;

namespace Dicom.Clean.Toolkit.Model;

/// <summary>
/// Encodes the builder's text values with a data set's Specific Character Set, and re-encodes values
/// copied from a data set whose character set the builder changed. Strict: a character the set cannot
/// express throws <see cref="DicomException"/> with the element's tag (never the value: it may be patient data).
/// </summary>
internal static class DatasetTextEncoder
{
    /// <summary>Encodes text values of a VR; values are joined by <c>\</c>.</summary>
    public static DicomElement Encode(DicomTag tag, DicomVR vr, string[] values, DicomCharacterSet characterSet)
    {
        var joined = string.Join('\\', values);
        if (!vr.IsCharacterSetDependent)
        {
            // CS, UI, DA, DS, IS... are limited to the default repertoire whatever the character set (PS3.5 6.1.2.1).
            return joined.All(char.IsAscii)
                ? DicomElement.Create(tag, vr, System.Text.Encoding.ASCII.GetBytes(joined))
                : throw new DicomException($"{vr.Code} values are limited to the default repertoire (ASCII)", tag: tag);
        }

        return DicomElement.Create(tag, vr, EncodeText(tag, vr, joined, characterSet));
    }

    /// <summary>
    /// A copy of <paramref name="element"/> whose text, encoded with <paramref name="from"/>, is encoded
    /// with <paramref name="to"/>; sequences are followed into the items that inherit the character set.
    /// Elements that hold no character-set dependent text are returned as they are.
    /// </summary>
    public static DicomElement Transcode(DicomElement element, DicomCharacterSet from, DicomCharacterSet to)
    {
        if (element.IsSequence)
        {
            var items = new DicomDataset[element.Items.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = Transcode(element.Items[i], from, to);
            }

            return DicomElement.Create(element.Tag, DicomVR.SQ, 0, items);
        }

        if (!element.VR.IsCharacterSetDependent || element.IsEmpty || element.IsEncapsulated)
        {
            return element;
        }

        var text = DicomTextDecoding.Decode(element, from);
        return DicomElement.Create(element.Tag, element.VR, EncodeText(element.Tag, element.VR, text, to));
    }

    private static DicomDataset Transcode(DicomDataset item, DicomCharacterSet from, DicomCharacterSet to)
    {
        if (item.Contains(new DicomTag(0x0008, 0x0005)))
        {
            return item; // the item declares its own set (PS3.5 7.5.1): its bytes do not depend on ours
        }

        var elements = new DicomElement[item.Count];
        for (var i = 0; i < elements.Length; i++)
        {
            elements[i] = Transcode(item[i], from, to);
        }

        return new DicomDataset(elements, to);
    }

    private static byte[] EncodeText(DicomTag tag, DicomVR vr, string text, DicomCharacterSet characterSet)
    {
        if (characterSet.TryEncodeCore(text, vr == DicomVR.PN, out var bytes, out var failedAt))
        {
            return bytes;
        }

        var code = char.IsSurrogatePair(text, failedAt) ? char.ConvertToUtf32(text[failedAt], text[failedAt + 1]) : text[failedAt];
        throw new DicomException(string.Create(CultureInfo.InvariantCulture,
            $"Character U+{code:X4} (at index {failedAt} of the {vr.Code} value) cannot be encoded with Specific Character Set '{characterSet}'"), tag: tag);
    }
}
