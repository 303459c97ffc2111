using System.Globalization;
using System.Text;

namespace Dicom.Clean.Toolkit.Model;

/// <summary>
/// Where a nested item sits: the chain of (sequence tag, item index) from the top-level data set,
/// printed as <c>(0008,1115)[0]/(0008,1199)[2]</c>. Immutable; shared by every element of the item.
/// </summary>
public sealed class DicomItemPath
{
    internal DicomItemPath(DicomItemPath? parent, DicomTag sequenceTag, int itemIndex)
    {
        Parent = parent;
        SequenceTag = sequenceTag;
        ItemIndex = itemIndex;
        Depth = (parent?.Depth ?? 0) + 1;
    }

    /// <summary>The path of the item holding this item's sequence; null at the first level.</summary>
    public DicomItemPath? Parent { get; }

    /// <summary>The sequence the item belongs to.</summary>
    public DicomTag SequenceTag { get; }

    /// <summary>Zero-based index of the item in its sequence.</summary>
    public int ItemIndex { get; }

    /// <summary>Nesting depth: 1 for items of top-level sequences.</summary>
    public int Depth { get; }

    /// <summary>The path from the top level, e.g. <c>(0008,1115)[0]/(0008,1199)[2]</c>.</summary>
    public override string ToString()
    {
        var segments = new DicomItemPath[Depth];
        for (var path = this; path is not null; path = path.Parent)
        {
            segments[path.Depth - 1] = path;
        }

        var text = new StringBuilder(Depth * 16);
        foreach (var segment in segments)
        {
            if (text.Length > 0)
            {
                text.Append('/');
            }

            text.Append(segment.SequenceTag.ToString()).Append('[').Append(segment.ItemIndex.ToString(CultureInfo.InvariantCulture)).Append(']');
        }

        return text.ToString();
    }
}
