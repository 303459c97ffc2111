using System.Globalization;
using System.Text;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Text;

namespace Dicom.Clean.Toolkit.Values;

/// <summary>
/// One display text per element, for the service's <c>Value</c> field: text decoded and trimmed with
/// several values joined by <c>\</c>; binary numbers in invariant, round-trippable decimal; PN whole
/// with its groups joined by <c>=</c>; AT as <c>(gggg,eeee)</c>; bulk values summarised
/// (<c>&lt;OB 524288 bytes&gt;</c>), never dumped; sequences as <c>&lt;SQ 2 items&gt;</c>.
/// </summary>
public static class DicomDisplayText
{
    /// <summary>Formats an element's value for display.</summary>
    /// <param name="element">The element.</param>
    /// <param name="characterSet">The character set of the data set holding the element; the default repertoire when null.</param>
    public static string Format(DicomElement element, DicomCharacterSet? characterSet = null) => FormatCore(element, characterSet, null);

    /// <summary>Formats an element's value for display, reporting text the character set cannot decode faithfully.</summary>
    /// <param name="element">The element.</param>
    /// <param name="characterSet">The character set of the data set holding the element; the default repertoire when null.</param>
    /// <param name="warnings">
    /// Receives one warning per kind of decoding problem (undecodable bytes replaced by U+FFFD, bytes
    /// outside the default repertoire, unknown escape sequences...) with the element's offset and tag.
    /// </param>
    public static string Format(DicomElement element, DicomCharacterSet? characterSet, ICollection<DicomReadWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        return FormatCore(element, characterSet, warnings);
    }

    private static string FormatCore(DicomElement element, DicomCharacterSet? characterSet, ICollection<DicomReadWarning>? warnings)
    {
        ArgumentNullException.ThrowIfNull(element);
        var vr = element.VR;
        if (element.IsSequence)
        {
            var count = element.Items.Count;
            return count == 1 ? "<SQ 1 item>" : string.Create(CultureInfo.InvariantCulture, $"<SQ {count} items>");
        }

        if (element.Fragments is { } fragments)
        {
            var count = fragments.Fragments.Count;
            return string.Create(CultureInfo.InvariantCulture, $"<{vr.Code} encapsulated, {count} fragment{(count == 1 ? string.Empty : "s")}>");
        }

        switch (vr.Category)
        {
            case DicomVRCategory.String:
            case DicomVRCategory.PersonName:
                return string.Join('\\', DicomTextDecoding.Split(DicomTextDecoding.Decode(element, characterSet, warnings), vr));
            case DicomVRCategory.Text:
                return DicomTextDecoding.TrimValue(DicomTextDecoding.Decode(element, characterSet, warnings), vr).ToString();
            case DicomVRCategory.BinaryNumber:
            case DicomVRCategory.AttributeTag:
                return FormatBinary(element);
            case DicomVRCategory.Bulk:
                return string.Create(CultureInfo.InvariantCulture, $"<{vr.Code} {element.Length} bytes{(element.IsTruncated ? ", truncated" : string.Empty)}>");
            default:
                return string.Empty;
        }
    }

    private static string FormatBinary(DicomElement element)
    {
        var count = element.GetValueCount();
        if (count == 0)
        {
            return string.Empty;
        }

        if (count == 1)
        {
            return element.VR == DicomVR.AT ? element.GetTag().ToString() : element.FormatNumber(0);
        }

        var text = new StringBuilder(count * 6);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append('\\');
            }

            text.Append(element.VR == DicomVR.AT ? element.GetTag(i).ToString() : element.FormatNumber(i));
        }

        return text.ToString();
    }
}
