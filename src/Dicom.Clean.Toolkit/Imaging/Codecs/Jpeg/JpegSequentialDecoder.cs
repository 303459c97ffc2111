namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>
/// Sequential DCT scans with Huffman coding (baseline and extended, T.81 F.2): decodes each block,
/// dequantizes and inverse-transforms it straight into its component plane.
/// </summary>
internal static class JpegSequentialDecoder
{
    public static int DecodeScan(ReadOnlySpan<byte> data, int position, JpegStreamDecoder stream, in JpegScan scan)
    {
        var frame = stream.Frame!;
        foreach (var c in scan.Components)
        {
            if (c.DcTable is null || c.AcTable is null)
            {
                throw JpegFailure.At($"missing Huffman table for component {c.Id}", scan.Offset, stream.FrameIndex);
            }

            if (c.DcTable.MaxSymbol > 15)
            {
                throw JpegFailure.At("DC Huffman table holds a magnitude category above 15", scan.Offset, stream.FrameIndex);
            }

            c.DcPredictor = 0;
        }

        var reader = new JpegBitReader(data, position, stream.FrameIndex);
        Span<short> block = stackalloc short[64];
        var restartInterval = stream.RestartInterval;
        var untilRestart = restartInterval;
        var precision = frame.Precision;

        if (scan.Components.Length == 1)
        {
            // Non-interleaved: the MCU is one block; the component's own block grid (A.2.2).
            var c = scan.Components[0];
            for (var by = 0; by < c.UnitsHigh; by++)
            {
                for (var bx = 0; bx < c.UnitsWide; bx++)
                {
                    if (restartInterval > 0)
                    {
                        if (untilRestart == 0)
                        {
                            Restart(ref reader, scan.Components);
                            untilRestart = restartInterval;
                        }

                        untilRestart--;
                    }

                    var hasAc = DecodeBlock(ref reader, c, block);
                    Reconstruct(block, hasAc, c, precision, (by * 8 * c.PlaneWidth) + (bx * 8));
                }

                reader.ThrowIfOverrun();
            }
        }
        else
        {
            for (var my = 0; my < frame.McusHigh; my++)
            {
                for (var mx = 0; mx < frame.McusWide; mx++)
                {
                    if (restartInterval > 0)
                    {
                        if (untilRestart == 0)
                        {
                            Restart(ref reader, scan.Components);
                            untilRestart = restartInterval;
                        }

                        untilRestart--;
                    }

                    foreach (var c in scan.Components)
                    {
                        for (var v = 0; v < c.V; v++)
                        {
                            var row = ((my * c.V) + v) * 8;
                            for (var h = 0; h < c.H; h++)
                            {
                                var hasAc = DecodeBlock(ref reader, c, block);
                                Reconstruct(block, hasAc, c, precision, (row * c.PlaneWidth) + (((mx * c.H) + h) * 8));
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

    private static void Reconstruct(ReadOnlySpan<short> block, bool hasAc, JpegComponent c, int precision, int offset)
    {
        var output = c.Plane.AsSpan(offset);
        if (hasAc)
        {
            JpegIdct.Transform(block, c.Quant, precision, output, c.PlaneWidth);
        }
        else
        {
            JpegIdct.TransformDcOnly(block[0], c.Quant![0], precision, output, c.PlaneWidth);
        }
    }

    /// <summary>A DC difference (F.2.2.1): magnitude category, then that many bits.</summary>
    internal static int DecodeDifference(ref JpegBitReader reader, JpegHuffmanTable table)
    {
        var fast = table.DecodeFastDifference(ref reader);
        return fast != 0 ? fast >> 16 : reader.ReceiveExtend(table.Decode(ref reader));
    }

    private static void Restart(ref JpegBitReader reader, JpegComponent[] components)
    {
        reader.ProcessRestart();
        foreach (var c in components)
        {
            c.DcPredictor = 0;
        }
    }

    /// <summary>
    /// Decodes one block's DC difference and AC coefficients (T.81 F.2.2), natural order; returns
    /// whether any AC coefficient is non-zero.
    /// </summary>
    private static bool DecodeBlock(ref JpegBitReader reader, JpegComponent c, scoped Span<short> block)
    {
        block.Clear();
        var dc = c.DcPredictor + DecodeDifference(ref reader, c.DcTable!);
        c.DcPredictor = dc;
        block[0] = (short)dc;

        var ac = c.AcTable!;
        var natural = JpegIdct.NaturalOrder;
        var hasAc = false;
        for (var k = 1; k < 64; k++)
        {
            var fast = ac.DecodeFastAc(ref reader);
            if (fast != 0)
            {
                k += (fast >> 8) & 15;
                block[natural[k]] = (short)(fast >> 16);
                hasAc = true;
                continue;
            }

            var rs = ac.Decode(ref reader);
            var r = rs >> 4;
            var s = rs & 15;
            if (s != 0)
            {
                k += r;
                var value = (short)reader.ReceiveExtend(s);
                block[natural[k]] = value;
                hasAc |= value != 0;
            }
            else
            {
                if (r != 15)
                {
                    break;
                }

                k += 15;
            }
        }

        return hasAc;
    }
}
