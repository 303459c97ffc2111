namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>
/// Progressive DCT scans with Huffman coding (T.81 G.1.2 and G.2): DC first and refinement scans,
/// AC first and refinement scans with end-of-band runs, accumulated into each component's
/// coefficient buffer; <see cref="Reconstruct"/> inverse-transforms them once every scan is read.
/// </summary>
internal static class JpegProgressiveDecoder
{
    public static int DecodeScan(ReadOnlySpan<byte> data, int position, JpegStreamDecoder stream, in JpegScan scan)
    {
        var kind = Validate(stream, scan);
        var frame = stream.Frame!;
        foreach (var c in scan.Components)
        {
            c.DcPredictor = 0;
            var bits = c.CoefficientBits!;
            for (var k = scan.SpectralStart; k <= scan.SpectralEnd; k++)
            {
                bits[k] = scan.ApproximationLow;
            }
        }

        var reader = new JpegBitReader(data, position, stream.FrameIndex);
        var restartInterval = stream.RestartInterval;
        var untilRestart = restartInterval;
        var endOfBandRun = 0;

        if (scan.Components.Length == 1)
        {
            var c = scan.Components[0];
            var blocksPerLine = c.PlaneWidth / 8;
            for (var by = 0; by < c.UnitsHigh; by++)
            {
                for (var bx = 0; bx < c.UnitsWide; bx++)
                {
                    if (restartInterval > 0)
                    {
                        if (untilRestart == 0)
                        {
                            reader.ProcessRestart();
                            c.DcPredictor = 0;
                            endOfBandRun = 0;
                            untilRestart = restartInterval;
                        }

                        untilRestart--;
                    }

                    var block = c.Coefficients.AsSpan(((by * blocksPerLine) + bx) * 64, 64);
                    JpegProgressiveBlockDecoder.Decode(ref reader, kind, c, block, scan, ref endOfBandRun);
                }

                reader.ThrowIfOverrun();
            }
        }
        else
        {
            // Only DC scans may interleave components.
            for (var my = 0; my < frame.McusHigh; my++)
            {
                for (var mx = 0; mx < frame.McusWide; mx++)
                {
                    if (restartInterval > 0)
                    {
                        if (untilRestart == 0)
                        {
                            reader.ProcessRestart();
                            foreach (var c in scan.Components)
                            {
                                c.DcPredictor = 0;
                            }

                            endOfBandRun = 0;
                            untilRestart = restartInterval;
                        }

                        untilRestart--;
                    }

                    foreach (var c in scan.Components)
                    {
                        var blocksPerLine = c.PlaneWidth / 8;
                        for (var v = 0; v < c.V; v++)
                        {
                            for (var h = 0; h < c.H; h++)
                            {
                                var index = ((((my * c.V) + v) * blocksPerLine) + (mx * c.H) + h) * 64;
                                JpegProgressiveBlockDecoder.Decode(ref reader, kind, c, c.Coefficients.AsSpan(index, 64), scan, ref endOfBandRun);
                            }
                        }
                    }
                }

                reader.ThrowIfOverrun();
            }
        }

        reader.ThrowIfOverrun();
        return reader.Position;
    }

    /// <summary>
    /// Inverse-transforms every block of every component into its plane, with libjpeg's block
    /// smoothing when the progression left the first AC coefficients incomplete.
    /// </summary>
    public static void Reconstruct(JpegFrame frame)
    {
        var smoothing = JpegBlockSmoothing.IsUseful(frame);
        Span<short> workspace = stackalloc short[64];
        foreach (var c in frame.Components)
        {
            var blocksPerLine = c.PlaneWidth / 8;
            for (var by = 0; by < c.UnitsHigh; by++)
            {
                for (var bx = 0; bx < c.UnitsWide; bx++)
                {
                    scoped ReadOnlySpan<short> block;
                    if (smoothing)
                    {
                        JpegBlockSmoothing.Estimate(c, bx, by, workspace);
                        block = workspace;
                    }
                    else
                    {
                        block = c.Coefficients.AsSpan(((by * blocksPerLine) + bx) * 64, 64);
                    }

                    var output = c.Plane.AsSpan((by * 8 * c.PlaneWidth) + (bx * 8));
                    if (block[1..].ContainsAnyExcept((short)0))
                    {
                        JpegIdct.Transform(block, c.Quant, frame.Precision, output, c.PlaneWidth);
                    }
                    else
                    {
                        JpegIdct.TransformDcOnly(block[0], c.Quant![0], frame.Precision, output, c.PlaneWidth);
                    }
                }
            }
        }
    }

    // The checks libjpeg makes at the start of a progressive scan (JERR_BAD_PROGRESSION).
    private static JpegProgressiveScanKind Validate(JpegStreamDecoder stream, in JpegScan scan)
    {
        int ss = scan.SpectralStart, se = scan.SpectralEnd, ah = scan.ApproximationHigh, al = scan.ApproximationLow;
        var isDc = ss == 0;
        var bad = isDc ? se != 0 : ss > se || se > 63 || scan.Components.Length != 1;
        bad |= ah != 0 && al != ah - 1;
        bad |= al > 13;
        if (bad)
        {
            throw JpegFailure.At($"invalid progressive scan parameters Ss={ss} Se={se} Ah={ah} Al={al}", scan.Offset, stream.FrameIndex);
        }

        foreach (var c in scan.Components)
        {
            // DC refinement scans carry raw bits; every other scan needs its table.
            var missing = isDc ? ah == 0 && c.DcTable is null : c.AcTable is null;
            if (missing)
            {
                throw JpegFailure.At($"missing Huffman table for component {c.Id}", scan.Offset, stream.FrameIndex);
            }

            if (isDc && ah == 0 && c.DcTable!.MaxSymbol > 15)
            {
                throw JpegFailure.At("DC Huffman table holds a magnitude category above 15", scan.Offset, stream.FrameIndex);
            }
        }

        return (isDc, ah == 0) switch
        {
            (true, true) => JpegProgressiveScanKind.DcFirst,
            (true, false) => JpegProgressiveScanKind.DcRefine,
            (false, true) => JpegProgressiveScanKind.AcFirst,
            _ => JpegProgressiveScanKind.AcRefine,
        };
    }
}
