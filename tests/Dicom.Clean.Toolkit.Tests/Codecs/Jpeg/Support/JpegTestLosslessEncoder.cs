namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;

/// <summary>
/// Encodes a test image as lossless JPEG (process 14, T.81 Annex H): any predictor, point
/// transform, restart interval, interleaved or one scan per component. Written independently of
/// the decoder from the standard's rules, so that a round trip checks the decoder.
/// </summary>
internal static class JpegTestLosslessEncoder
{
    public static byte[] Encode(JpegTestImage image, int predictor, int pointTransform = 0, int restartInterval = 0, bool interleaved = true)
    {
        var stream = new JpegTestStreamWriter();
        stream.FrameHeader(0xC3, image);
        if (restartInterval > 0)
        {
            stream.RestartInterval(restartInterval);
        }

        var groups = interleaved
            ? [Enumerable.Range(0, image.Components.Length).ToArray()]
            : Enumerable.Range(0, image.Components.Length).Select(i => new[] { i }).ToArray();
        foreach (var group in groups)
        {
            var scan = new JpegTestEntropyScan();
            EncodeScan(scan, image, group, predictor, pointTransform, restartInterval);
            var tables = scan.BuildTables();
            stream.HuffmanTables(tables);
            var slots = Enumerable.Range(0, group.Length).ToArray();
            stream.ScanHeader(image, group, slots, new int[group.Length], predictor, 0, 0, pointTransform);
            scan.WriteTo(stream.Output, tables);
        }

        return stream.End();
    }

    private static void EncodeScan(JpegTestEntropyScan scan, JpegTestImage image, int[] group, int predictor, int pt, int restartInterval)
    {
        var components = group.Select(i => image.Components[i]).ToArray();
        var multiple = components.Length > 1;
        var mcusPerRow = multiple ? (image.Width + image.MaxH - 1) / image.MaxH : image.ComponentWidth(components[0]);
        var mcuRows = multiple ? (image.Height + image.MaxV - 1) / image.MaxV : image.ComponentHeight(components[0]);
        var rowsPerInterval = restartInterval / mcusPerRow;
        var rowsUntilRestart = rowsPerInterval;
        var firstRowY = new int[components.Length];
        for (var mcuRow = 0; mcuRow < mcuRows; mcuRow++)
        {
            if (restartInterval > 0)
            {
                if (rowsUntilRestart == 0)
                {
                    scan.Restart();
                    rowsUntilRestart = rowsPerInterval;
                    for (var i = 0; i < components.Length; i++)
                    {
                        firstRowY[i] = mcuRow * (multiple ? components[i].V : 1);
                    }
                }

                rowsUntilRestart--;
            }

            for (var mx = 0; mx < mcusPerRow; mx++)
            {
                for (var i = 0; i < components.Length; i++)
                {
                    var c = components[i];
                    int h = multiple ? c.H : 1, v = multiple ? c.V : 1;
                    for (var dy = 0; dy < v; dy++)
                    {
                        for (var dx = 0; dx < h; dx++)
                        {
                            var x = (mx * h) + dx;
                            var y = (mcuRow * v) + dy;
                            var diff = Difference(image, c, x, y, firstRowY[i], predictor, pt);
                            if (diff == -32768)
                            {
                                scan.Symbol(i, 16);
                            }
                            else
                            {
                                var (size, bits) = JpegTestEntropyScan.Category(diff);
                                scan.Symbol(i, size);
                                scan.Bits(bits, size);
                            }
                        }
                    }
                }
            }
        }
    }

    // Table H.1 predictions on point-transformed samples; differences taken modulo 2^16.
    private static int Difference(JpegTestImage image, JpegTestComponent c, int x, int y, int firstRow, int predictor, int pt)
    {
        int width = image.ComponentWidth(c), height = image.ComponentHeight(c);
        if (x >= width || y >= height)
        {
            return 0; // padding sample of an interleaved MCU: the decoder ignores it
        }

        int Sample(int sx, int sy) => c.Samples[(sy * width) + sx] >> pt;
        int prediction;
        if (y == firstRow)
        {
            prediction = x == 0 ? 1 << (image.Precision - pt - 1) : Sample(x - 1, y);
        }
        else if (x == 0)
        {
            prediction = Sample(0, y - 1);
        }
        else
        {
            int ra = Sample(x - 1, y), rb = Sample(x, y - 1), rc = Sample(x - 1, y - 1);
            prediction = predictor switch
            {
                1 => ra,
                2 => rb,
                3 => rc,
                4 => ra + rb - rc,
                5 => ra + ((rb - rc) >> 1),
                6 => rb + ((ra - rc) >> 1),
                _ => (ra + rb) >> 1,
            };
        }

        var diff = (Sample(x, y) - prediction) & 0xFFFF;
        return diff >= 32768 ? diff - 65536 : diff;
    }
}
