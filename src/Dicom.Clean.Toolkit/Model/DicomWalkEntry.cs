using Dicom.Clean.Toolkit.Dictionary;

namespace Dicom.Clean.Toolkit.Model;

/// <summary>One element met by <see cref="DicomDataset.Walk"/>, with the data set holding it and its item path.</summary>
/// <param name="Element">The element.</param>
/// <param name="Dataset">The data set or item that holds it (its character set decodes the element's text).</param>
/// <param name="ItemPath">The item the element is in; null for top-level elements.</param>
public readonly record struct DicomWalkEntry(DicomElement Element, DicomDataset Dataset, DicomItemPath? ItemPath)
{
    /// <summary>Nesting depth: 0 for top-level elements.</summary>
    public int Depth => ItemPath?.Depth ?? 0;

    /// <summary>The dictionary keyword (private elements through their creator); empty when unknown.</summary>
    public string Keyword => Dataset.GetDictionaryEntry(Element.Tag)?.Keyword ?? string.Empty;

    /// <summary>The element's display text, decoded with its data set's character set.</summary>
    public string DisplayText => Element.GetDisplayText(Dataset.CharacterSet);
}
