using Dicom.Clean.Toolkit.Model;
using static Dicom.Clean.Toolkit.Imaging.ImagePixelAttributesReader;

namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>Reads the overlay planes of repeating groups 6000 to 601E (PS3.3 C.9.2).</summary>
internal static class OverlayPlaneReader
{
    public static OverlayPlane[] Read(DicomDataset dataset)
    {
        var planes = new List<OverlayPlane>();
        for (var group = (ushort)0x6000; group <= 0x601E; group += 2)
        {
            var rows = Integer(dataset, group, 0x0010);
            var columns = Integer(dataset, group, 0x0011);
            if (rows is not > 0 || columns is not > 0)
            {
                continue;
            }

            var data = dataset.Find(Tag(group, 0x3000)) is { } element ? OverlayBytes(element) : ReadOnlyMemory<byte>.Empty;
            var origin = dataset.Find(Tag(group, 0x0050));
            planes.Add(new OverlayPlane
            {
                Group = group,
                Rows = rows.Value,
                Columns = columns.Value,
                OriginRow = origin is not null && origin.TryGetInt32(0, out var row) ? row : 1,
                OriginColumn = origin is not null && origin.TryGetInt32(1, out var column) ? column : 1,
                Type = FirstString(dataset, group, 0x0040)?.ToUpperInvariant() == "R" ? OverlayType.RegionOfInterest : OverlayType.Graphic,
                BitsAllocated = Integer(dataset, group, 0x0100) ?? 1,
                BitPosition = Integer(dataset, group, 0x0102) ?? 0,
                NumberOfFrames = dataset.Contains(Tag(group, 0x0015)) ? Integer(dataset, group, 0x0015) ?? 1 : null,
                ImageFrameOrigin = Integer(dataset, group, 0x0051) ?? 1,
                Data = data,
                Label = FirstString(dataset, group, 0x1500),
            });
        }

        return [.. planes];
    }

    // Overlay Data holds bits in 16-bit words; a big endian OW value is swapped back to little endian word order.
    private static ReadOnlyMemory<byte> OverlayBytes(DicomElement element)
    {
        var raw = element.RawValue;
        if (!element.IsBigEndian || element.VR != DicomVR.OW)
        {
            return raw;
        }

        var swapped = raw.ToArray();
        for (var i = 0; i + 1 < swapped.Length; i += 2)
        {
            (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
        }

        return swapped;
    }
}
