using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// The last steps of a tile, in place in the component planes: the inverse multiple-component
/// transform (when the tile uses it and the first three tile-components match), then the DC
/// level shift and clamping to each component's range, rounding 9/7 output half to even.
/// </summary>
internal static class TileFinisher
{
    /// <summary>Finishes <paramref name="tile"/> after its inverse wavelets.</summary>
    public static void Finish(ImageSize size, int[][] planes, TileLayout tile)
    {
        var components = tile.Components;
        if (tile.Style.MultipleComponentTransform == 1 && components.Length >= 3)
        {
            ApplyComponentTransform(planes, tile);
        }

        foreach (var tc in components)
        {
            LevelShift(size, planes, tc);
        }
    }

    private static void ApplyComponentTransform(int[][] planes, TileLayout tile)
    {
        var c = tile.Components;
        if (c[0].Width != c[1].Width || c[0].Width != c[2].Width || c[0].Height != c[1].Height || c[0].Height != c[2].Height
            || c[0].Style.Reversible != c[1].Style.Reversible || c[0].Style.Reversible != c[2].Style.Reversible)
        {
            return;
        }

        for (var y = 0; y < c[0].Height; y++)
        {
            var r0 = Row(planes, c[0], y);
            var r1 = Row(planes, c[1], y);
            var r2 = Row(planes, c[2], y);
            if (c[0].Style.Reversible)
            {
                ComponentTransform.InverseReversible(r0, r1, r2);
            }
            else
            {
                ComponentTransform.InverseIrreversible(MemoryMarshal.Cast<int, float>(r0), MemoryMarshal.Cast<int, float>(r1),
                    MemoryMarshal.Cast<int, float>(r2));
            }
        }
    }

    private static void LevelShift(ImageSize size, int[][] planes, TileComponent tc)
    {
        var info = size.Components[tc.Component];
        var shift = info.IsSigned ? 0 : 1 << (info.Precision - 1);
        var min = info.IsSigned ? -(1 << (info.Precision - 1)) : 0;
        var max = info.IsSigned ? (1 << (info.Precision - 1)) - 1 : (1 << info.Precision) - 1;
        for (var y = 0; y < tc.Height; y++)
        {
            var row = Row(planes, tc, y);
            if (tc.Style.Reversible)
            {
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = Math.Clamp(row[x] + shift, min, max);
                }
            }
            else
            {
                var floats = MemoryMarshal.Cast<int, float>(row);
                for (var x = 0; x < row.Length; x++)
                {
                    // Round half to even, as OpenJPEG's lrintf does, then shift and clamp.
                    var v = Math.Clamp(floats[x], int.MinValue / 2, int.MaxValue / 2);
                    row[x] = Math.Clamp((int)MathF.Round(v) + shift, min, max);
                }
            }
        }
    }

    private static Span<int> Row(int[][] planes, TileComponent tc, int y) =>
        planes[tc.Component].AsSpan(tc.PlaneOrigin + (y * tc.PlaneWidth), tc.Width);
}
