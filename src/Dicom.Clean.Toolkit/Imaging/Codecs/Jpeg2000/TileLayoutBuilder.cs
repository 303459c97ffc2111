namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Builds the resolution, sub-band, precinct and code-block structure of a tile (T.800 B.5 to
/// B.7), resolving which COD/COC/QCD/QCC/RGN applies (tile COC, tile COD, main COC, main COD).
/// Counts resolutions, precincts and code-blocks against a budget so a hostile SIZ/COD pair cannot
/// allocate without bound.
/// </summary>
internal static class TileLayoutBuilder
{
    /// <summary>Builds tile <paramref name="index"/>; <paramref name="blockBudget"/> is decremented by the code-blocks created.</summary>
    public static TileLayout Build(CodestreamHeader header, TileHeader? tile, int index, ref long blockBudget)
    {
        var size = header.Size;
        var p = index % size.TilesX;
        var q = index / size.TilesX;
        var tx0 = (int)Math.Max((long)size.TileOffsetX + ((long)p * size.TileWidth), size.OffsetX);
        var ty0 = (int)Math.Max((long)size.TileOffsetY + ((long)q * size.TileHeight), size.OffsetY);
        var tx1 = (int)Math.Min((long)size.TileOffsetX + ((long)(p + 1) * size.TileWidth), size.Width);
        var ty1 = (int)Math.Min((long)size.TileOffsetY + ((long)(q + 1) * size.TileHeight), size.Height);
        var cod = tile?.Cod ?? header.Cod!;
        var components = new TileComponent[size.Components.Count];
        for (var c = 0; c < components.Length; c++)
        {
            var style = tile?.Coc[c] ?? (tile?.Cod is { } tileCod ? tileCod.Component : header.Coc[c] ?? header.Cod!.Component);
            var quantization = tile?.Qcc[c] ?? tile?.Qcd ?? header.Qcc[c] ?? header.Qcd!;
            var roi = tile?.RoiShift[c] ?? header.RoiShift[c];
            components[c] = BuildComponent(size, c, tx0, ty0, tx1, ty1, style, quantization, roi, ref blockBudget);
        }

        var changes = tile is { ProgressionChanges.Count: > 0 } ? tile.ProgressionChanges : header.ProgressionChanges;
        return new TileLayout
        {
            Index = index, X0 = tx0, Y0 = ty0, X1 = tx1, Y1 = ty1, Style = cod, ProgressionChanges = changes, Components = components,
        };
    }

    private static TileComponent BuildComponent(ImageSize size, int c, int tx0, int ty0, int tx1, int ty1,
        ComponentCodingStyle style, Quantization quantization, int roi, ref long blockBudget)
    {
        var info = size.Components[c];
        var tcx0 = ImageSize.CeilDiv(tx0, info.SubsamplingX);
        var tcy0 = ImageSize.CeilDiv(ty0, info.SubsamplingY);
        var tcx1 = ImageSize.CeilDiv(tx1, info.SubsamplingX);
        var tcy1 = ImageSize.CeilDiv(ty1, info.SubsamplingY);
        var levels = style.Levels;
        var resolutions = new Resolution[levels + 1];
        for (var r = 0; r <= levels; r++)
        {
            var shift = levels - r;
            var rx0 = CeilShift(tcx0, shift);
            var ry0 = CeilShift(tcy0, shift);
            var rx1 = CeilShift(tcx1, shift);
            var ry1 = CeilShift(tcy1, shift);
            var ppx = style.PrecinctWidthExponent(r);
            var ppy = style.PrecinctHeightExponent(r);
            var wide = rx1 > rx0 ? CeilShift(rx1, ppx) - (rx0 >> ppx) : 0;
            var high = ry1 > ry0 ? CeilShift(ry1, ppy) - (ry0 >> ppy) : 0;
            var bands = BuildBands(resolutions, r, levels, tcx0, tcy0, tcx1, tcy1, info.Precision, style, quantization);
            // Every resolution (with its bands) and precinct counts, so that many tiny tiles with
            // many levels cannot build a structure out of proportion to the samples.
            blockBudget -= ((long)wide * high) + 4;
            if (blockBudget < 0)
            {
                throw new DicomException("JPEG 2000 codestream declares more tiles, resolutions or precincts than its image size allows");
            }

            var precincts = new Precinct[wide * high];
            for (var j = 0; j < high; j++)
            {
                for (var i = 0; i < wide; i++)
                {
                    precincts[(j * wide) + i] = BuildPrecinct(bands, r, (rx0 >> ppx) + i, (ry0 >> ppy) + j, ppx, ppy, style, ref blockBudget);
                }
            }

            resolutions[r] = new Resolution
            {
                Level = r, X0 = rx0, Y0 = ry0, X1 = rx1, Y1 = ry1, PrecinctWidthExponent = ppx, PrecinctHeightExponent = ppy,
                PrecinctsWide = wide, PrecinctsHigh = high, Bands = bands, Precincts = precincts,
            };
        }

        var planeWidth = size.ComponentWidth(c);
        var originX = tcx0 - ImageSize.CeilDiv(size.OffsetX, info.SubsamplingX);
        var originY = tcy0 - ImageSize.CeilDiv(size.OffsetY, info.SubsamplingY);
        return new TileComponent
        {
            Component = c, X0 = tcx0, Y0 = tcy0, X1 = tcx1, Y1 = tcy1, Style = style,
            RoiShift = roi, Resolutions = resolutions, PlaneWidth = planeWidth, PlaneOrigin = (originY * planeWidth) + originX,
        };
    }

    private static SubBand[] BuildBands(Resolution[] lower, int r, int levels, int tcx0, int tcy0, int tcx1, int tcy1,
        int precision, ComponentCodingStyle style, Quantization quantization)
    {
        if (r == 0)
        {
            return [Band(0, 0, levels, tcx0, tcy0, tcx1, tcy1, 0, 0, precision, style, quantization, levels)];
        }

        var nb = levels - r + 1;
        var below = lower[r - 1];
        var bands = new SubBand[3];
        for (var o = 1; o <= 3; o++)
        {
            var bufferX = (o & 1) != 0 ? below.Width : 0;
            var bufferY = (o & 2) != 0 ? below.Height : 0;
            bands[o - 1] = Band(o, 1 + (3 * (r - 1)) + (o - 1), nb, tcx0, tcy0, tcx1, tcy1, bufferX, bufferY, precision, style, quantization, levels);
        }

        return bands;
    }

    private static SubBand Band(int orientation, int bandIndex, int nb, int tcx0, int tcy0, int tcx1, int tcy1, int bufferX, int bufferY,
        int precision, ComponentCodingStyle style, Quantization quantization, int levels)
    {
        long xo = orientation & 1;
        long yo = orientation >> 1;
        var half = nb == 0 ? 0L : 1L << (nb - 1);
        var (exponent, mantissa) = quantization.Step(bandIndex, levels);

        // OpenJPEG's inverse 9/7 scales high-pass samples by 2/K and so takes no sub-band gain
        // here (its BUG_WEIRD_TWO_INVK); the decoder mirrors it to reproduce its samples. The
        // extra 0.5 undoes the fraction bit the block decoder keeps below the last bit-plane.
        var step = (float)((1.0 + (mantissa / 2048.0)) * Math.Pow(2.0, precision - exponent)) * 0.5f;
        return new SubBand
        {
            Orientation = orientation,
            X0 = (int)CeilShift(tcx0 - (half * xo), nb),
            Y0 = (int)CeilShift(tcy0 - (half * yo), nb),
            X1 = (int)CeilShift(tcx1 - (half * xo), nb),
            Y1 = (int)CeilShift(tcy1 - (half * yo), nb),
            BufferX = bufferX,
            BufferY = bufferY,
            MagnitudeBits = quantization.GuardBits + exponent - 1,
            StepSize = style.Reversible ? 1f : step,
        };
    }

    private static Precinct BuildPrecinct(SubBand[] bands, int r, int px, int py, int ppx, int ppy, ComponentCodingStyle style, ref long blockBudget)
    {
        // Sub-band precincts are half the resolution's (B.6); code-blocks never exceed them.
        var bx = r == 0 ? ppx : ppx - 1;
        var by = r == 0 ? ppy : ppy - 1;
        var xcb = Math.Min(style.BlockWidthExponent, bx);
        var ycb = Math.Min(style.BlockHeightExponent, by);
        var parts = new PrecinctBand[bands.Length];
        for (var b = 0; b < bands.Length; b++)
        {
            var band = bands[b];
            var x0 = Math.Max(band.X0, (long)px << bx);
            var y0 = Math.Max(band.Y0, (long)py << by);
            var x1 = Math.Min(band.X1, (long)(px + 1) << bx);
            var y1 = Math.Min(band.Y1, (long)(py + 1) << by);
            if (x0 >= x1 || y0 >= y1)
            {
                parts[b] = new PrecinctBand(band, 0, 0, []);
                continue;
            }

            var bw = (int)(CeilShift(x1, xcb) - (x0 >> xcb));
            var bh = (int)(CeilShift(y1, ycb) - (y0 >> ycb));
            blockBudget -= (long)bw * bh;
            if (blockBudget < 0)
            {
                throw new DicomException("JPEG 2000 codestream declares more code-blocks than its image size allows");
            }

            var blocks = new CodeBlock[bw * bh];
            for (var j = 0; j < bh; j++)
            {
                for (var i = 0; i < bw; i++)
                {
                    var cx = ((x0 >> xcb) + i) << xcb;
                    var cy = ((y0 >> ycb) + j) << ycb;
                    blocks[(j * bw) + i] = new CodeBlock(
                        (int)Math.Max(cx, x0), (int)Math.Max(cy, y0), (int)Math.Min(cx + (1L << xcb), x1), (int)Math.Min(cy + (1L << ycb), y1));
                }
            }

            parts[b] = new PrecinctBand(band, bw, bh, blocks);
        }

        return new Precinct(parts);
    }

    /// <summary>Ceiling of a / 2^shift, for any sign of a.</summary>
    private static long CeilShift(long a, int shift) => -((-a) >> shift);

    private static int CeilShift(int a, int shift) => (int)CeilShift((long)a, shift);
}
