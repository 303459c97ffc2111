using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Text;
using Dicom.Clean.Toolkit.Values;

namespace Dicom.Clean.Toolkit.Model;

/// <summary>
/// Text getters. Each decodes the value on every call; the overloads taking a warnings collection also
/// report bytes the character set cannot decode faithfully (with the element's offset and tag), at no
/// extra cost when there is nothing to report.
/// </summary>
public sealed partial class DicomElement
{
    /// <summary>
    /// Number of values: backslash-separated values for strings, <c>Length / UnitSize</c> for binary
    /// VRs, items for a sequence.
    /// </summary>
    /// <param name="characterSet">The data set's character set (text VRs may need it to find backslashes).</param>
    public int GetValueCount(DicomCharacterSet? characterSet = null)
    {
        if (IsSequence)
        {
            return Items.Count;
        }

        if (VR.IsString)
        {
            return DicomTextDecoding.CountValues(DicomTextDecoding.Decode(this, characterSet), VR);
        }

        return VR.UnitSize == 0 ? 0 : (int)(Length / VR.UnitSize);
    }

    /// <summary>
    /// The value as text: for string VRs decoded and without padding (several values stay joined by
    /// <c>\</c>); for binary numbers and AT, the values in invariant decimal or <c>(gggg,eeee)</c>, joined by <c>\</c>.
    /// Bytes the character set cannot decode become U+FFFD (or are read as ISO 8859-1 under the default
    /// repertoire), silently: use the overload with warnings to hear about them.
    /// </summary>
    /// <param name="characterSet">The data set's character set (see <see cref="DicomDataset.CharacterSet"/>); the default repertoire when null.</param>
    /// <exception cref="DicomException">The element is a sequence or a bulk (OB, OW, UN...) value.</exception>
    public string GetString(DicomCharacterSet? characterSet = null) => TextOf(characterSet, null);

    /// <summary>Like <see cref="GetString(DicomCharacterSet?)"/>, reporting what could not be decoded faithfully.</summary>
    /// <param name="characterSet">The data set's character set; the default repertoire when null.</param>
    /// <param name="warnings">Receives one warning per kind of decoding problem, with this element's offset and tag.</param>
    /// <exception cref="DicomException">The element is a sequence or a bulk (OB, OW, UN...) value.</exception>
    public string GetString(DicomCharacterSet? characterSet, ICollection<DicomReadWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        return TextOf(characterSet, warnings);
    }

    /// <summary>The values as text, split on <c>\</c> and trimmed per VR (see <see cref="GetString(DicomCharacterSet?)"/>).</summary>
    /// <param name="characterSet">The data set's character set; the default repertoire when null.</param>
    /// <exception cref="DicomException">The element is a sequence or a bulk value.</exception>
    public string[] GetStrings(DicomCharacterSet? characterSet = null) => ValuesOf(characterSet, null);

    /// <summary>Like <see cref="GetStrings(DicomCharacterSet?)"/>, reporting what could not be decoded faithfully.</summary>
    /// <param name="characterSet">The data set's character set; the default repertoire when null.</param>
    /// <param name="warnings">Receives one warning per kind of decoding problem, with this element's offset and tag.</param>
    /// <exception cref="DicomException">The element is a sequence or a bulk value.</exception>
    public string[] GetStrings(DicomCharacterSet? characterSet, ICollection<DicomReadWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        return ValuesOf(characterSet, warnings);
    }

    /// <summary>Value <paramref name="index"/> of a PN element, with its component groups.</summary>
    /// <param name="index">Zero-based value index.</param>
    /// <param name="characterSet">The data set's character set; the default repertoire when null.</param>
    /// <exception cref="DicomException">Not a PN element, or no such value.</exception>
    public DicomPersonName GetPersonName(int index = 0, DicomCharacterSet? characterSet = null)
    {
        var names = GetPersonNames(characterSet);
        return index >= 0 && index < names.Length ? names[index] : throw ValueError($"No person name value {index + 1}");
    }

    /// <summary>Every value of a PN element.</summary>
    /// <param name="characterSet">The data set's character set; the default repertoire when null.</param>
    /// <exception cref="DicomException">Not a PN element.</exception>
    public DicomPersonName[] GetPersonNames(DicomCharacterSet? characterSet = null) =>
        VR == DicomVR.PN ? Array.ConvertAll(GetStrings(characterSet), DicomPersonName.Parse) : throw ValueError($"A {VR.Code} value is not a person name");

    /// <summary>Like <see cref="GetPersonNames(DicomCharacterSet?)"/>, reporting what could not be decoded faithfully.</summary>
    /// <param name="characterSet">The data set's character set; the default repertoire when null.</param>
    /// <param name="warnings">Receives one warning per kind of decoding problem, with this element's offset and tag.</param>
    /// <exception cref="DicomException">Not a PN element.</exception>
    public DicomPersonName[] GetPersonNames(DicomCharacterSet? characterSet, ICollection<DicomReadWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        return VR == DicomVR.PN
            ? Array.ConvertAll(ValuesOf(characterSet, warnings), DicomPersonName.Parse)
            : throw ValueError($"A {VR.Code} value is not a person name");
    }

    /// <summary>The display text of the service's <c>Value</c> field (see <see cref="DicomDisplayText"/>).</summary>
    /// <param name="characterSet">The data set's character set; the default repertoire when null.</param>
    public string GetDisplayText(DicomCharacterSet? characterSet = null) => DicomDisplayText.Format(this, characterSet);

    /// <summary>Like <see cref="GetDisplayText(DicomCharacterSet?)"/>, reporting what could not be decoded faithfully.</summary>
    /// <param name="characterSet">The data set's character set; the default repertoire when null.</param>
    /// <param name="warnings">Receives one warning per kind of decoding problem, with this element's offset and tag.</param>
    public string GetDisplayText(DicomCharacterSet? characterSet, ICollection<DicomReadWarning> warnings) =>
        DicomDisplayText.Format(this, characterSet, warnings);

    private string TextOf(DicomCharacterSet? characterSet, ICollection<DicomReadWarning>? warnings)
    {
        if (VR.IsString)
        {
            var text = DicomTextDecoding.Decode(this, characterSet, warnings);
            return VR.AllowsMultipleValues ? string.Join('\\', DicomTextDecoding.Split(text, VR)) : DicomTextDecoding.TrimValue(text, VR).ToString();
        }

        if (VR.Category is DicomVRCategory.BinaryNumber or DicomVRCategory.AttributeTag)
        {
            return DicomDisplayText.Format(this, characterSet);
        }

        throw ValueError($"A {VR.Code} value is not text");
    }

    private string[] ValuesOf(DicomCharacterSet? characterSet, ICollection<DicomReadWarning>? warnings)
    {
        if (VR.IsString)
        {
            return DicomTextDecoding.Split(DicomTextDecoding.Decode(this, characterSet, warnings), VR);
        }

        if (VR.Category is not (DicomVRCategory.BinaryNumber or DicomVRCategory.AttributeTag))
        {
            throw ValueError($"A {VR.Code} value is not text");
        }

        var count = GetValueCount();
        var values = new string[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = VR == DicomVR.AT ? GetTag(i).ToString() : FormatNumber(i);
        }

        return values;
    }
}
