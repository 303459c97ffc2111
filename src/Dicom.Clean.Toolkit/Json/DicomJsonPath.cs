using System.Globalization;
using System.Text;
using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Toolkit.Json;

/// <summary>Formats an element's place as <c>00081115/0/00420011</c> (tags as JSON member names, item indices).</summary>
internal static class DicomJsonPath
{
    public static string Format(DicomItemPath? itemPath, DicomTag tag)
    {
        var segments = new DicomItemPath[itemPath?.Depth ?? 0];
        for (var path = itemPath; path is not null; path = path.Parent)
        {
            segments[path.Depth - 1] = path;
        }

        var text = new StringBuilder((segments.Length * 11) + 8);
        foreach (var segment in segments)
        {
            text.Append(CultureInfo.InvariantCulture, $"{segment.SequenceTag.Value:X8}/{segment.ItemIndex}/");
        }

        return text.Append(CultureInfo.InvariantCulture, $"{tag.Value:X8}").ToString();
    }
}
