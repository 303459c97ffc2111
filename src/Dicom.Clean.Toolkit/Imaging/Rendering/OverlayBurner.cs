using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>
/// Burns overlay planes into 8-bit grayscale output as dcmj2pnm does by default (dcmimgle
/// DiMonoOutputPixelTemplate::overlay with every plane visible): a graphic plane sets the pixels it
/// covers to white (foreground density 1), an ROI plane darkens the pixels outside it (value >> 4).
/// </summary>
internal static class OverlayBurner
{
    public static void Burn(
        Span<byte> output, int rows, int columns, IReadOnlyList<OverlayPlane> planes, int frameIndex,
        ReadOnlySpan<byte> decodedFrame, int bytesPerSample)
    {
        foreach (var plane in planes)
        {
            if (plane.Rows <= 0 || plane.Columns <= 0 || !TryGetPlaneFrame(plane, frameIndex, out var planeFrame))
            {
                continue;
            }

            if (plane.IsEmbedded)
            {
                BurnEmbedded(output, rows, columns, plane, decodedFrame, bytesPerSample);
            }
            else
            {
                BurnSeparate(output, rows, columns, plane, planeFrame);
            }
        }
    }

    /// <summary>
    /// Which frame of the overlay belongs to the image frame. Without Number of Frames in Overlay the
    /// single overlay frame applies to every image frame (CP-1974), as in DCMTK.
    /// </summary>
    private static bool TryGetPlaneFrame(OverlayPlane plane, int frameIndex, out int planeFrame)
    {
        if (plane.NumberOfFrames is not { } count)
        {
            planeFrame = 0;
            return true;
        }

        planeFrame = frameIndex - (Math.Max(plane.ImageFrameOrigin, 1) - 1);
        return planeFrame >= 0 && planeFrame < Math.Max(count, 1);
    }

    private static void BurnSeparate(Span<byte> output, int rows, int columns, OverlayPlane plane, int planeFrame)
    {
        var data = plane.Data.Span;
        var planeBits = (long)plane.Rows * plane.Columns;

        // DCMTK ignores a plane whose data are shorter than its frames need.
        var framesNeeded = (plane.NumberOfFrames ?? 1) < 1 ? 1 : plane.NumberOfFrames ?? 1;
        if (data.Length * 8L < planeBits * framesNeeded)
        {
            return;
        }

        var frameStartBit = planeFrame * planeBits;
        var clip = Clip.Of(plane, rows, columns);
        for (var y = clip.YMin; y < clip.YMax; y++)
        {
            var row = output.Slice(y * columns, columns);
            var rowBit = frameStartBit + ((long)(y - clip.Top) * plane.Columns) - clip.Left;
            for (var x = clip.XMin; x < clip.XMax; x++)
            {
                var bit = rowBit + x;
                Apply(ref row[x], (data[(int)(bit >> 3)] & (1 << (int)(bit & 7))) != 0, plane.Type);
            }
        }
    }

    private static void BurnEmbedded(
        Span<byte> output, int rows, int columns, OverlayPlane plane, ReadOnlySpan<byte> decodedFrame, int bytesPerSample)
    {
        if (bytesPerSample != 2 || plane.BitPosition is < 0 or > 15 || plane.Rows != rows || plane.Columns != columns)
        {
            return;
        }

        var words = MemoryMarshal.Cast<byte, ushort>(decodedFrame);
        var mask = 1 << plane.BitPosition;
        var clip = Clip.Of(plane, rows, columns);
        for (var y = clip.YMin; y < clip.YMax; y++)
        {
            var row = output.Slice(y * columns, columns);
            var source = words.Slice((y - clip.Top) * columns, columns);
            for (var x = clip.XMin; x < clip.XMax; x++)
            {
                Apply(ref row[x], (source[x - clip.Left] & mask) != 0, plane.Type);
            }
        }
    }

    private static void Apply(ref byte pixel, bool set, OverlayType type)
    {
        if (type == OverlayType.Graphic)
        {
            if (set)
            {
                pixel = 255;
            }
        }
        else if (!set)
        {
            pixel = (byte)(pixel >> 4);
        }
    }

    /// <summary>The part of a plane that falls inside the image, in image coordinates.</summary>
    private readonly record struct Clip(int Top, int Left, int XMin, int YMin, int XMax, int YMax)
    {
        public static Clip Of(OverlayPlane plane, int rows, int columns)
        {
            var top = plane.OriginRow - 1;
            var left = plane.OriginColumn - 1;
            return new Clip(
                top,
                left,
                Math.Max(left, 0),
                Math.Max(top, 0),
                Math.Min(left + plane.Columns, columns),
                Math.Min(top + plane.Rows, rows));
        }
    }
}
