namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// The order of a tile's packets (T.800 B.12): the five progression orders, each optionally
/// bounded and chained by POC progressions, every packet appearing once. Position-driven orders
/// sort precincts by the reference-grid point at which the standard's loops reach them.
/// </summary>
internal static class PacketSequence
{
    /// <summary>Yields the packets of <paramref name="tile"/> in codestream order.</summary>
    public static IEnumerable<PacketId> Enumerate(TileLayout tile, ImageSize size)
    {
        var components = tile.Components;
        var maxResolutions = components.Max(c => c.Resolutions.Length);
        var layers = tile.Style.Layers;
        var emitted = new int[components.Length][][];
        for (var c = 0; c < components.Length; c++)
        {
            emitted[c] = components[c].Resolutions.Select(r => new int[r.Precincts.Length]).ToArray();
        }

        IReadOnlyList<ProgressionChange> changes = tile.ProgressionChanges.Count > 0
            ? tile.ProgressionChanges
            : [new ProgressionChange(0, 0, layers, maxResolutions, components.Length, tile.Style.Progression)];
        foreach (var change in changes)
        {
            var range = new Range(change.ResolutionStart, Math.Min(change.ResolutionEnd, maxResolutions),
                change.ComponentStart, Math.Min(change.ComponentEnd, components.Length), Math.Min(change.LayerEnd, layers));
            var packets = change.Order switch
            {
                ProgressionOrder.Lrcp => LayerResolution(components, emitted, range, layerFirst: true),
                ProgressionOrder.Rlcp => LayerResolution(components, emitted, range, layerFirst: false),
                _ => PositionOrdered(tile, size, emitted, range, change.Order),
            };
            foreach (var packet in packets)
            {
                yield return packet;
            }
        }
    }

    private static IEnumerable<PacketId> LayerResolution(TileComponent[] components, int[][][] emitted, Range range, bool layerFirst)
    {
        var outer = layerFirst ? range.Layers : range.ResolutionEnd - range.ResolutionStart;
        var inner = layerFirst ? range.ResolutionEnd - range.ResolutionStart : range.Layers;
        for (var a = 0; a < outer; a++)
        {
            for (var b = 0; b < inner; b++)
            {
                var l = layerFirst ? a : b;
                var r = range.ResolutionStart + (layerFirst ? b : a);
                for (var c = range.ComponentStart; c < range.ComponentEnd; c++)
                {
                    if (r >= components[c].Resolutions.Length)
                    {
                        continue;
                    }

                    var done = emitted[c][r];
                    for (var p = 0; p < done.Length; p++)
                    {
                        if (done[p] == l)
                        {
                            done[p]++;
                            yield return new PacketId(c, r, p, l);
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<PacketId> PositionOrdered(TileLayout tile, ImageSize size, int[][][] emitted, Range range, ProgressionOrder order)
    {
        var entries = new List<Entry>();
        for (var c = range.ComponentStart; c < range.ComponentEnd; c++)
        {
            var component = tile.Components[c];
            var end = Math.Min(range.ResolutionEnd, component.Resolutions.Length);
            for (var r = range.ResolutionStart; r < end; r++)
            {
                AddPrecincts(tile, size.Components[c], component, r, entries);
            }
        }

        Comparison<Entry> compare = order switch
        {
            ProgressionOrder.Rpcl => (a, b) => (a.R, a.Y, a.X, a.C, a.P).CompareTo((b.R, b.Y, b.X, b.C, b.P)),
            ProgressionOrder.Pcrl => (a, b) => (a.Y, a.X, a.C, a.R, a.P).CompareTo((b.Y, b.X, b.C, b.R, b.P)),
            _ => (a, b) => (a.C, a.Y, a.X, a.R, a.P).CompareTo((b.C, b.Y, b.X, b.R, b.P)),
        };
        entries.Sort(compare);
        foreach (var e in entries)
        {
            var done = emitted[e.C][e.R];
            for (var l = 0; l < range.Layers; l++)
            {
                if (done[e.P] == l)
                {
                    done[e.P]++;
                    yield return new PacketId(e.C, e.R, e.P, l);
                }
            }
        }
    }

    private static void AddPrecincts(TileLayout tile, ImageComponentSize info, TileComponent component, int r, List<Entry> entries)
    {
        var res = component.Resolutions[r];
        var scale = component.Style.Levels - r;
        for (var j = 0; j < res.PrecinctsHigh; j++)
        {
            var y = Trigger(res.Y0, j, res.PrecinctHeightExponent, scale, info.SubsamplingY, tile.Y0);
            for (var i = 0; i < res.PrecinctsWide; i++)
            {
                var x = Trigger(res.X0, i, res.PrecinctWidthExponent, scale, info.SubsamplingX, tile.X0);
                entries.Add(new Entry(y, x, component.Component, r, (j * res.PrecinctsWide) + i));
            }
        }
    }

    /// <summary>
    /// The reference-grid coordinate at which the standard's position loop reaches precinct
    /// column (or row) <paramref name="index"/>: the tile edge for a partial first precinct,
    /// else the precinct's start scaled back to the reference grid.
    /// </summary>
    private static long Trigger(int resolutionStart, int index, int exponent, int scale, int subsampling, int tileStart)
    {
        var start = (long)((resolutionStart >> exponent) + index) << exponent;
        if (index == 0 && start < resolutionStart)
        {
            return tileStart;
        }

        return subsampling * (start << scale);
    }

    private readonly record struct Range(int ResolutionStart, int ResolutionEnd, int ComponentStart, int ComponentEnd, int Layers);

    private readonly record struct Entry(long Y, long X, int C, int R, int P);
}
