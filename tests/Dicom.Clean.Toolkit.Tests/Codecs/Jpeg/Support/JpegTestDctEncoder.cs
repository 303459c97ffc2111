namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;

/// <summary>A progressive scan of a test script: component indexes and Ss, Se, Ah, Al.</summary>
internal sealed record JpegTestProgressiveScan(int[] Components, int Ss, int Se, int Ah, int Al);

/// <summary>
/// DCT-based test encoding: a floating-point forward DCT and quantizer (T.81 A.3.3, A.3.4) giving
/// coefficient blocks, and encoders that write the same blocks as sequential or progressive streams.
/// Blocks cover each component's plane padded to whole MCUs, 64 natural-order coefficients each.
/// </summary>
internal static class JpegTestDctEncoder
{
    /// <summary>A quantization table of one value, natural order.</summary>
    public static int[] FlatTable(int value) => Enumerable.Repeat(value, 64).ToArray();

    public static int BlocksPerLine(JpegTestImage image, JpegTestComponent c) => (image.Width + (8 * image.MaxH) - 1) / (8 * image.MaxH) * c.H;

    public static int BlockRows(JpegTestImage image, JpegTestComponent c) => (image.Height + (8 * image.MaxV) - 1) / (8 * image.MaxV) * c.V;

    /// <summary>
    /// Quantized coefficients from an integer pattern (no floating point, so identical everywhere):
    /// a smoothly varying DC, a few low-frequency AC values, sparse high-frequency ones.
    /// </summary>
    public static short[][] PatternCoefficients(JpegTestImage image, int seed)
    {
        var state = (uint)seed;
        int Next(int range)
        {
            state = (state * 1664525) + 1013904223;
            return (int)((state >> 8) % (uint)((2 * range) + 1)) - range;
        }

        return image.Components.Select(c =>
        {
            int blocksPerLine = BlocksPerLine(image, c), blockRows = BlockRows(image, c);
            var coefficients = new short[blocksPerLine * blockRows * 64];
            for (var b = 0; b < blocksPerLine * blockRows; b++)
            {
                int bx = b % blocksPerLine, by = b / blocksPerLine;
                coefficients[b * 64] = (short)((((bx * 7) + (by * 5)) % 40) - 20 + Next(3));
                for (var k = 1; k < 64; k++)
                {
                    var range = k < 6 ? 6 : k < 20 ? 2 : Next(8) == 0 ? 1 : 0;
                    coefficients[(b * 64) + ZigZagToNatural(k)] = (short)Next(range);
                }
            }

            return coefficients;
        }).ToArray();
    }

    private static int ZigZagToNatural(int k) => JpegTestStreamWriter.ZigZag[k];

    public static short[][] Quantize(JpegTestImage image, int[][] quantTables, int[] quantSelectors)
    {
        var result = new short[image.Components.Length][];
        var center = 1 << (image.Precision - 1);
        for (var ci = 0; ci < image.Components.Length; ci++)
        {
            var c = image.Components[ci];
            int width = image.ComponentWidth(c), height = image.ComponentHeight(c);
            int blocksPerLine = BlocksPerLine(image, c), blockRows = BlockRows(image, c);
            var q = quantTables[quantSelectors[ci]];
            var coefficients = new short[blocksPerLine * blockRows * 64];
            var samples = new double[64];
            for (var by = 0; by < blockRows; by++)
            {
                for (var bx = 0; bx < blocksPerLine; bx++)
                {
                    for (var i = 0; i < 64; i++)
                    {
                        // Edges are extended by replication, as encoders usually do.
                        var x = Math.Min((bx * 8) + (i % 8), width - 1);
                        var y = Math.Min((by * 8) + (i / 8), height - 1);
                        samples[i] = c.Samples[(y * width) + x] - center;
                    }

                    var block = coefficients.AsSpan(((by * blocksPerLine) + bx) * 64, 64);
                    for (var v = 0; v < 8; v++)
                    {
                        for (var u = 0; u < 8; u++)
                        {
                            var sum = 0.0;
                            for (var i = 0; i < 64; i++)
                            {
                                sum += samples[i] * Math.Cos(((2 * (i % 8)) + 1) * u * Math.PI / 16) * Math.Cos(((2 * (i / 8)) + 1) * v * Math.PI / 16);
                            }

                            var cu = u == 0 ? Math.Sqrt(0.5) : 1;
                            var cv = v == 0 ? Math.Sqrt(0.5) : 1;
                            block[(v * 8) + u] = (short)Math.Round(cu * cv * sum / 4 / q[(v * 8) + u]);
                        }
                    }
                }
            }

            result[ci] = coefficients;
        }

        return result;
    }

    public static byte[] EncodeSequential(JpegTestImage image, short[][] coefficients, int[][] quantTables, int[] quantSelectors, int restartInterval = 0, bool interleaved = true)
    {
        var baseline = image.Precision == 8 && quantTables.All(t => t.All(q => q <= 255)) && image.Components.Length <= 2;
        var stream = Begin(image, baseline ? 0xC0 : 0xC1, quantTables, quantSelectors, restartInterval);
        var groups = interleaved && image.Components.Length > 1
            ? [Enumerable.Range(0, image.Components.Length).ToArray()]
            : Enumerable.Range(0, image.Components.Length).Select(i => new[] { i }).ToArray();
        foreach (var group in groups)
        {
            var scan = new JpegTestEntropyScan();
            var predictors = new int[group.Length];
            ForEachBlock(image, group, restartInterval, scan, () => Array.Clear(predictors), (slot, ci) =>
            {
                var block = coefficients[group[slot]].AsSpan(ci * 64, 64);
                EncodeDc(scan, slot, block[0] - predictors[slot]);
                predictors[slot] = block[0];
                EncodeAcSequential(scan, 4 + slot, block);
            });
            WriteScan(stream, image, group, scan, 0, 63, 0, 0);
        }

        return stream.End();
    }

    public static byte[] EncodeProgressive(JpegTestImage image, short[][] coefficients, int[][] quantTables, int[] quantSelectors, IEnumerable<JpegTestProgressiveScan> script, int restartInterval = 0)
    {
        var stream = Begin(image, 0xC2, quantTables, quantSelectors, restartInterval);
        foreach (var s in script)
        {
            var scan = new JpegTestEntropyScan();
            var state = new JpegTestProgressiveState(scan, s.Al);
            var predictors = new int[s.Components.Length];
            ForEachBlock(image, s.Components, restartInterval, scan, () =>
            {
                state.FlushEndOfBand();
                Array.Clear(predictors);
            }, (slot, ci) =>
            {
                var block = coefficients[s.Components[slot]].AsSpan(ci * 64, 64);
                if (s.Ss == 0 && s.Ah == 0)
                {
                    var dc = block[0] >> s.Al;
                    EncodeDc(scan, slot, dc - predictors[slot]);
                    predictors[slot] = dc;
                }
                else if (s.Ss == 0)
                {
                    scan.Bits((block[0] >> s.Al) & 1, 1);
                }
                else if (s.Ah == 0)
                {
                    state.EncodeAcFirst(block, s.Ss, s.Se);
                }
                else
                {
                    state.EncodeAcRefine(block, s.Ss, s.Se);
                }
            });
            state.FlushEndOfBand();
            WriteScan(stream, image, s.Components, scan, s.Ss, s.Se, s.Ah, s.Al);
        }

        return stream.End();
    }

    /// <summary>A full progression exercising every scan type: DC and AC first scans, then refinements.</summary>
    public static IReadOnlyList<JpegTestProgressiveScan> FullProgression(int components)
    {
        var all = Enumerable.Range(0, components).ToArray();
        var script = new List<JpegTestProgressiveScan> { new(all, 0, 0, 0, 1) };
        script.AddRange(all.Select(c => new JpegTestProgressiveScan([c], 1, 5, 0, 2)));
        script.AddRange(all.Select(c => new JpegTestProgressiveScan([c], 6, 63, 0, 2)));
        script.AddRange(all.Select(c => new JpegTestProgressiveScan([c], 1, 63, 2, 1)));
        script.Add(new JpegTestProgressiveScan(all, 0, 0, 1, 0));
        script.AddRange(all.Select(c => new JpegTestProgressiveScan([c], 1, 63, 1, 0)));
        return script;
    }

    private static JpegTestStreamWriter Begin(JpegTestImage image, int sof, int[][] quantTables, int[] quantSelectors, int restartInterval)
    {
        var stream = new JpegTestStreamWriter();
        for (var i = 0; i < quantTables.Length; i++)
        {
            stream.QuantizationTable(i, quantTables[i]);
        }

        stream.FrameHeader(sof, image, quantSelectors);
        if (restartInterval > 0)
        {
            stream.RestartInterval(restartInterval);
        }

        return stream;
    }

    private static void WriteScan(JpegTestStreamWriter stream, JpegTestImage image, int[] group, JpegTestEntropyScan scan, int ss, int se, int ah, int al)
    {
        var tables = scan.BuildTables();
        if (tables.Any(t => t is not null))
        {
            stream.HuffmanTables(tables);
        }

        var slots = Enumerable.Range(0, group.Length).ToArray();
        stream.ScanHeader(image, group, slots, slots, ss, se, ah, al);
        scan.WriteTo(stream.Output, tables);
    }

    /// <summary>Visits blocks in scan order (A.2): one component's own grid, or interleaved MCUs.</summary>
    private static void ForEachBlock(JpegTestImage image, int[] group, int restartInterval, JpegTestEntropyScan scan, Action onRestart, Action<int, int> visit)
    {
        var untilRestart = restartInterval;
        void Mcu(Action body)
        {
            if (restartInterval > 0)
            {
                if (untilRestart == 0)
                {
                    onRestart();
                    scan.Restart();
                    untilRestart = restartInterval;
                }

                untilRestart--;
            }

            body();
        }

        if (group.Length == 1)
        {
            var c = image.Components[group[0]];
            var blocksPerLine = BlocksPerLine(image, c);
            int wide = (image.ComponentWidth(c) + 7) / 8, high = (image.ComponentHeight(c) + 7) / 8;
            for (var by = 0; by < high; by++)
            {
                for (var bx = 0; bx < wide; bx++)
                {
                    Mcu(() => visit(0, (by * blocksPerLine) + bx));
                }
            }

            return;
        }

        int mcusWide = (image.Width + (8 * image.MaxH) - 1) / (8 * image.MaxH), mcusHigh = (image.Height + (8 * image.MaxV) - 1) / (8 * image.MaxV);
        for (var my = 0; my < mcusHigh; my++)
        {
            for (var mx = 0; mx < mcusWide; mx++)
            {
                Mcu(() =>
                {
                    for (var slot = 0; slot < group.Length; slot++)
                    {
                        var c = image.Components[group[slot]];
                        var blocksPerLine = BlocksPerLine(image, c);
                        for (var v = 0; v < c.V; v++)
                        {
                            for (var h = 0; h < c.H; h++)
                            {
                                visit(slot, ((((my * c.V) + v) * blocksPerLine) + (mx * c.H) + h));
                            }
                        }
                    }
                });
            }
        }
    }

    private static void EncodeDc(JpegTestEntropyScan scan, int slot, int difference)
    {
        var (size, bits) = JpegTestEntropyScan.Category(difference);
        scan.Symbol(slot, size);
        scan.Bits(bits, size);
    }

    private static void EncodeAcSequential(JpegTestEntropyScan scan, int slot, ReadOnlySpan<short> block)
    {
        var run = 0;
        for (var k = 1; k < 64; k++)
        {
            int value = block[JpegTestStreamWriter.ZigZag[k]];
            if (value == 0)
            {
                run++;
                continue;
            }

            for (; run > 15; run -= 16)
            {
                scan.Symbol(slot, 0xF0);
            }

            var (size, bits) = JpegTestEntropyScan.Category(value);
            scan.Symbol(slot, (run << 4) | size);
            scan.Bits(bits, size);
            run = 0;
        }

        if (run > 0)
        {
            scan.Symbol(slot, 0x00);
        }
    }
}
