using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.IO;

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

    /// <summary>
    /// The element's display text, decoded with its data set's character set. Undecodable bytes are
    /// replaced silently; <see cref="GetDisplayText"/> reports them.
    /// </summary>
    public string DisplayText => Element.GetDisplayText(Dataset.CharacterSet);

    /// <summary>The element's display text, reporting text its character set cannot decode faithfully.</summary>
    /// <param name="warnings">Receives one warning per kind of decoding problem, with the element's offset and tag.</param>
    public string GetDisplayText(ICollection<DicomReadWarning> warnings) => Element.GetDisplayText(Dataset.CharacterSet, warnings);
}
