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
        ForEach(tiles, threads, tile => TileFinisher.Finish(size, planes, tile));

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
}
