using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Toolkit.Json;

/// <summary>A binary value the JSON writer asks a <see cref="DicomJsonBulkDataPolicy"/> to name.</summary>
/// <param name="Element">The element (its <see cref="DicomElement.GetValueRange"/> says where the bytes lie).</param>
/// <param name="Dataset">The data set or item holding the element.</param>
/// <param name="ItemPath">The item the element is in; null at the top level.</param>
public readonly record struct DicomJsonBulkDataReference(DicomElement Element, DicomDataset Dataset, DicomItemPath? ItemPath)
{
    /// <summary>The element's tag.</summary>
    public DicomTag Tag => Element.Tag;

    /// <summary>
    /// The element's place in the data set as a path of eight-digit tags and item indices, e.g.
    /// <c>00081115/0/00420011</c>: unique within the data set, usable in a URI as it is.
    /// </summary>
    public string Path => DicomJsonPath.Format(ItemPath, Element.Tag);
}
