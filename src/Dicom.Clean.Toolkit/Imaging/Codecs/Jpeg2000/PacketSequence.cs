namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// The order of a tile's packets (T.800 B.12): the five progression orders, each optionally
/// bounded and chained by POC progressions, every packet appearing once. Position-driven orders
/// sort precincts by the reference-grid point at which the standard's loops reach them.
/// </summary>
internal static class PacketSequence
{
    /// <summary>At most this many progressions per tile, as OpenJPEG allows; more is damage.</summary>
    private const int MaxProgressions = 32;

    /// <summary>Yields the packets of <paramref name="tile"/> in codestream order.</summary>
    public static IEnumerable<PacketId> Enumerate(TileLayout tile, ImageSize size)
    {
        var components = tile.Components;
        var maxResolutions = components.Max(c => c.Resolutions.Length);
        var layers = tile.Style.Layers;
        var state = new State(components);
        IReadOnlyList<ProgressionChange> changes = tile.ProgressionChanges.Count > 0
            ? tile.ProgressionChanges
            : [new ProgressionChange(0, 0, layers, maxResolutions, components.Length, tile.Style.Progression)];
        if (changes.Count > MaxProgressions)
        {
            throw new DicomException($"JPEG 2000 tile {tile.Index} declares {changes.Count} progressions, more than {MaxProgressions}");
        }

        foreach (var change in changes)
        {
            var range = new Range(change.ResolutionStart, Math.Min(change.ResolutionEnd, maxResolutions),
                change.ComponentStart, Math.Min(change.ComponentEnd, components.Length), Math.Min(change.LayerEnd, layers));
            var packets = change.Order switch
            {
                ProgressionOrder.Lrcp => LayerResolution(components, state, range, layerFirst: true),
                ProgressionOrder.Rlcp => LayerResolution(components, state, range, layerFirst: false),
                _ => PositionOrdered(tile, size, state, range, change.Order),
            };
            foreach (var packet in packets)
            {
                yield return packet;
            }
        }
    }

    // Layer loops start at the lowest layer still owed and skip (component, resolution) pairs
    // already past the current layer, so every layer visited yields packets: damaged streams with
    // many layers or overlapping progressions cannot spin without consuming data.
    private static IEnumerable<PacketId> LayerResolution(TileComponent[] components, State state, Range range, bool layerFirst)
    {
        var present = new List<int>[Math.Max(0, range.ResolutionEnd - range.ResolutionStart)];
        for (var i = 0; i < present.Length; i++)
        {
            var r = range.ResolutionStart + i;
            present[i] = Enumerable.Range(range.ComponentStart, Math.Max(0, range.ComponentEnd - range.ComponentStart))
                .Where(c => r < components[c].Resolutions.Length && state.Emitted[c][r].Length > 0).ToList();
        }

        if (layerFirst)
        {
            var first = present.SelectMany((list, i) => list.Select(c => state.Lowest[c][range.ResolutionStart + i])).DefaultIfEmpty(int.MaxValue).Min();
            for (var l = first; l < range.Layers; l++)
            {
                for (var i = 0; i < present.Length; i++)
                {
                    foreach (var packet in Precincts(state, present[i], range.ResolutionStart + i, l))
                    {
                        yield return packet;
                    }
                }
            }

            yield break;
        }

        for (var i = 0; i < present.Length; i++)
        {
            var r = range.ResolutionStart + i;
            var first = present[i].Select(c => state.Lowest[c][r]).DefaultIfEmpty(int.MaxValue).Min();
            for (var l = first; l < range.Layers; l++)
            {
                foreach (var packet in Precincts(state, present[i], r, l))
                {
                    yield return packet;
                }
            }
        }
    }

    private static IEnumerable<PacketId> Precincts(State state, List<int> components, int r, int l)
    {
        foreach (var c in components)
        {
            if (l < state.Lowest[c][r])
            {
                continue;
            }

            var done = state.Emitted[c][r];
            var lowest = int.MaxValue;
            for (var p = 0; p < done.Length; p++)
            {
                if (done[p] == l)
                {
                    done[p]++;
                    yield return new PacketId(c, r, p, l);
                }

                lowest = Math.Min(lowest, done[p]);
            }

            state.Lowest[c][r] = lowest;
        }
    }

    private static IEnumerable<PacketId> PositionOrdered(TileLayout tile, ImageSize size, State state, Range range, ProgressionOrder order)
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
            var done = state.Emitted[e.C][e.R];
            for (var l = done[e.P]; l < range.Layers; l++)
            {
                done[e.P]++;
                yield return new PacketId(e.C, e.R, e.P, l);
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

    /// <summary>Per component, resolution and precinct the next layer owed; per resolution a lower bound of those.</summary>
    private sealed class State(TileComponent[] components)
    {
        public int[][][] Emitted { get; } = components.Select(c => c.Resolutions.Select(r => new int[r.Precincts.Length]).ToArray()).ToArray();

        public int[][] Lowest { get; } = components.Select(c => new int[c.Resolutions.Length]).ToArray();
    }

    private readonly record struct Range(int ResolutionStart, int ResolutionEnd, int ComponentStart, int ComponentEnd, int Layers);

    private readonly record struct Entry(long Y, long X, int C, int R, int P);
}
