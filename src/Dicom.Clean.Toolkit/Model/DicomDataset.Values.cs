using Dicom.Clean.Toolkit.Values;

namespace Dicom.Clean.Toolkit.Model;

/// <summary>Shortcuts reading one attribute with this data set's character set; null when it is absent or unreadable.</summary>
public sealed partial class DicomDataset
{
    /// <summary>The text of an attribute (see <see cref="DicomElement.GetString(Text.DicomCharacterSet?)"/>), or null when absent, empty or not text.</summary>
    /// <param name="tag">The tag.</param>
    public string? GetString(DicomTag tag)
    {
        var element = Find(tag);
        if (element is null || element.IsSequence || element.VR.Category == DicomVRCategory.Bulk)
        {
            return null;
        }

        var text = element.GetString(CharacterSet);
        return text.Length > 0 ? text : null;
    }

    /// <summary>The values of an attribute as text, or an empty array when absent or not text.</summary>
    /// <param name="tag">The tag.</param>
    public string[] GetStrings(DicomTag tag)
    {
        var element = Find(tag);
        return element is null || element.IsSequence || element.VR.Category == DicomVRCategory.Bulk ? [] : element.GetStrings(CharacterSet);
    }

    /// <summary>Value <paramref name="index"/> of an attribute as an integer (US, SS, UL, SL, IS...), or null.</summary>
    /// <param name="tag">The tag.</param>
    /// <param name="index">Zero-based value index.</param>
    public int? GetInt32(DicomTag tag, int index = 0) =>
        Find(tag) is { } element && element.TryGetInt32(index, out var value) ? value : null;

    /// <summary>Value <paramref name="index"/> of an attribute as a double (FL, FD, DS, IS and integers), or null.</summary>
    /// <param name="tag">The tag.</param>
    /// <param name="index">Zero-based value index.</param>
    public double? GetDouble(DicomTag tag, int index = 0) =>
        Find(tag) is { } element && element.TryGetDouble(index, out var value) ? value : null;

    /// <summary>The first value of a DA attribute, or null when absent or not a valid date.</summary>
    /// <param name="tag">The tag.</param>
    public DateOnly? GetDate(DicomTag tag) =>
        Find(tag) is { } element && element.TryGetDate(0, out var value) ? value : null;

    /// <summary>The first value of a PN attribute, or null when absent or empty.</summary>
    /// <param name="tag">The tag.</param>
    public DicomPersonName? GetPersonName(DicomTag tag) =>
        Find(tag) is { VR.Code: "PN", IsEmpty: false } element && element.GetPersonNames(CharacterSet) is { Length: > 0 } names ? names[0] : null;

    /// <summary>The display text of one of this data set's elements, decoded with its character set.</summary>
    /// <param name="element">An element of this data set.</param>
    public string GetDisplayText(DicomElement element) => DicomDisplayText.Format(element, CharacterSet);
}
