using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Decodes a whole JPEG 2000 image (JP2 file or bare codestream) into component planes: header
/// parsing, per-tile packet decoding, then tier-1 decoding of all code-blocks (in parallel),
/// inverse wavelets per tile-component and the component transform and level shift per tile.
/// Tile-components are reconstructed in place inside the component planes.
/// </summary>
internal static class Jpeg2000ImageDecoder
{
    private const long SmallImage = 1 << 16;

    /// <summary>
    /// Decodes <paramref name="encoded"/>. <paramref name="maxSamples"/> bounds the samples the
    /// SIZ segment may declare and <paramref name="check"/>, when given, may reject the image size;
    /// both run before anything large is allocated.
    /// </summary>
    public static DecodedImage Decode(ReadOnlySpan<byte> encoded, DecodeWarnings warnings, long maxSamples, int maxDegreeOfParallelism,
        Action<ImageSize>? check = null)
    {
        var codestream = Jp2Container.FindCodestream(encoded, out _);
        var header = CodestreamParser.Parse(codestream, warnings);
        var size = header.Size;
        check?.Invoke(size);
        var planes = AllocatePlanes(size, maxSamples, out var totalSamples);

        // Code-blocks and precincts cannot legitimately outnumber samples; allow generous slack.
        var budget = (totalSamples / 2) + 65536;
        var jobs = new List<CodeBlockJob>();
        var tiles = new List<TileLayout>();
        var decoder = new PacketDecoder();
        for (var t = 0; t < header.Tiles.Length; t++)
        {
            var tileHeader = header.Tiles[t];
            var layout = TileLayoutBuilder.Build(header, tileHeader, t, ref budget);
            tiles.Add(layout);
            if (tileHeader is null)
            {
                warnings.Add($"JPEG 2000 tile {t} is missing from the codestream");
                continue;
            }

            DecodePackets(codestream, header, tileHeader, layout, decoder, jobs, warnings);
        }

        // Threads only pay off beyond small images; 1 means the caller's thread only.
        var threads = totalSamples < SmallImage ? 1 : maxDegreeOfParallelism;
        DecodeBlocks(jobs, planes, threads, warnings);
        var tileComponents = tiles.SelectMany(tile => tile.Components).ToList();
        ForEach(tileComponents, threads, tc => Reconstruct(planes, tc, tileComponents.Count == 1 ? threads : 1));
        ForEach(tiles, threads, tile => Finish(size, planes, tile));

        var components = new DecodedComponent[size.Components.Count];
        for (var c = 0; c < components.Length; c++)
        {
            var info = size.Components[c];
            components[c] = new DecodedComponent(planes[c], size.ComponentWidth(c), size.ComponentHeight(c), info.Precision, info.IsSigned,
                info.SubsamplingX, info.SubsamplingY);
        }

        var transformed = components.Length >= 3 && tiles.Any(t => t.Style.MultipleComponentTransform == 1);
        var highThroughput = tiles.Any(t => t.Components.Any(c => (c.Style.BlockStyle & CodeBlockStyle.HighThroughput) != 0));
        return new DecodedImage(size.Width - size.OffsetX, size.Height - size.OffsetY, size.OffsetX, size.OffsetY, components, transformed, highThroughput);
    }

    private static int[][] AllocatePlanes(ImageSize size, long maxSamples, out long total)
    {
        total = 0;
        for (var c = 0; c < size.Components.Count; c++)
        {
            if (size.Components[c].Precision > 30)
            {
                throw new DicomException($"JPEG 2000 component {c} has {size.Components[c].Precision} bits; more than 30 is not supported");
            }

            total += (long)size.ComponentWidth(c) * size.ComponentHeight(c);
        }

        if (total > maxSamples)
        {
            throw new DicomException($"JPEG 2000 image declares {total} samples, more than the {maxSamples} allowed");
        }

        var planes = new int[size.Components.Count][];
        for (var c = 0; c < planes.Length; c++)
        {
            planes[c] = new int[(long)size.ComponentWidth(c) * size.ComponentHeight(c)];
        }

        return planes;
    }

    private static void DecodePackets(ReadOnlySpan<byte> codestream, CodestreamHeader header, TileHeader tileHeader, TileLayout layout,
        PacketDecoder decoder, List<CodeBlockJob> jobs, DecodeWarnings warnings)
    {
        var data = tileHeader.Parts.Count == 1
            ? codestream.Slice(tileHeader.Parts[0].Start, tileHeader.Parts[0].Length)
            : Join(codestream, tileHeader.Parts);
        var usePacked = header.PackedHeaders is not null || tileHeader.PackedHeaders.Count > 0;
        ReadOnlySpan<byte> packed = header.PackedHeaders is { } ppm
            ? Join(ppm, tileHeader.MainPackedHeaders)
            : CodestreamParser.ConcatenateTileHeaders(codestream, tileHeader);
        decoder.Decode(layout, header.Size, data, packed, usePacked, warnings);

        var blocks = new List<CodeBlock>();
        var start = jobs.Count;
        foreach (var tc in layout.Components)
        {
            foreach (var resolution in tc.Resolutions)
            {
                foreach (var precinct in resolution.Precincts)
                {
                    foreach (var part in precinct.Bands)
                    {
                        foreach (var block in part.Blocks)
                        {
                            if (block.Segments.Count == 0)
                            {
                                continue;
                            }

                            var band = part.Band;
                            var origin = tc.PlaneOrigin + ((band.BufferY + block.Y0 - band.Y0) * tc.PlaneWidth) + band.BufferX + block.X0 - band.X0;
                            blocks.Add(block);
                            jobs.Add(new CodeBlockJob(tc, band, block, [], origin));
                        }
                    }
                }
            }
        }

        var arena = SegmentArena.Build(data, blocks);
        for (var i = start; i < jobs.Count; i++)
        {
            jobs[i] = jobs[i] with { Arena = arena };
        }
    }

    private static byte[] Join(ReadOnlySpan<byte> source, List<(int Start, int Length)> parts)
    {
        var buffer = new byte[parts.Sum(p => (long)p.Length)];
        var at = 0;
        foreach (var (start, length) in parts)
        {
            source.Slice(start, length).CopyTo(buffer.AsSpan(at));
            at += length;
        }

        return buffer;
    }

    private static void DecodeBlocks(List<CodeBlockJob> jobs, int[][] planes, int threads, DecodeWarnings warnings)
    {
        if (threads == 1 || jobs.Count < 2)
        {
            var decoder = new CodeBlockDecoder();
            foreach (var job in jobs)
            {
                decoder.Decode(job, planes, warnings);
            }

            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        Parallel.For(0, jobs.Count, options, () => new CodeBlockDecoder(), (i, _, decoder) =>
        {
            decoder.Decode(jobs[i], planes, warnings);
            return decoder;
        }, _ => { });
    }

    private static void ForEach<T>(List<T> items, int threads, Action<T> body)
    {
        if (threads == 1 || items.Count < 2)
        {
            items.ForEach(body);
            return;
        }

        Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
    }

    private static void Reconstruct(int[][] planes, TileComponent tc, int threads)
    {
        if (tc.Width == 0 || tc.Height == 0)
        {
            return;
        }

        var plane = planes[tc.Component];
        if (tc.Style.Reversible)
        {
            InverseWavelet53.Transform(plane, tc.PlaneOrigin, tc.PlaneWidth, tc.Resolutions, threads);
        }
        else
        {
            InverseWavelet97.Transform(plane, tc.PlaneOrigin, tc.PlaneWidth, tc.Resolutions, threads);
        }
    }

    private static void Finish(ImageSize size, int[][] planes, TileLayout tile)
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
