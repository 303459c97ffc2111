namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>
/// One block of a progressive scan (T.81 G.1.2 and G.2, as libjpeg's jdphuff.c decodes it): DC
/// differences or refinement bits, AC bands with end-of-band runs spanning blocks, and AC
/// refinement with its correction bits.
/// </summary>
internal static class JpegProgressiveBlockDecoder
{
    /// <summary>Decodes one block's share of a progressive scan into its coefficients.</summary>
    public static void Decode(ref JpegBitReader reader, JpegProgressiveScanKind kind, JpegComponent c, Span<short> block, in JpegScan scan, ref int endOfBandRun)
    {
        var al = scan.ApproximationLow;
        switch (kind)
        {
            case JpegProgressiveScanKind.DcFirst:
                var dc = c.DcPredictor + JpegSequentialDecoder.DecodeDifference(ref reader, c.DcTable!);
                c.DcPredictor = dc;
                block[0] = (short)(dc << al);
                break;
            case JpegProgressiveScanKind.DcRefine:
                if (reader.ReadBit() != 0)
                {
                    block[0] = (short)((block[0] & 0xFFFF) | (1 << al));
                }

                break;
            case JpegProgressiveScanKind.AcFirst:
                DecodeAcFirst(ref reader, c.AcTable!, block, scan.SpectralStart, scan.SpectralEnd, al, ref endOfBandRun);
                break;
            default:
                DecodeAcRefine(ref reader, c.AcTable!, block, scan.SpectralStart, scan.SpectralEnd, al, ref endOfBandRun);
                break;
        }
    }

    private static void DecodeAcFirst(ref JpegBitReader reader, JpegHuffmanTable table, Span<short> block, int start, int end, int al, ref int endOfBandRun)
    {
        if (endOfBandRun > 0)
        {
            endOfBandRun--;
            return;
        }

        var natural = JpegIdct.NaturalOrder;
        for (var k = start; k <= end; k++)
        {
            var fast = table.DecodeFastAc(ref reader);
            if (fast != 0)
            {
                k += (fast >> 8) & 15;
                block[natural[k]] = (short)((fast >> 16) * (1 << al));
                continue;
            }

            var rs = table.Decode(ref reader);
            var r = rs >> 4;
            var s = rs & 15;
            if (s != 0)
            {
                k += r;
                block[natural[k]] = (short)(reader.ReceiveExtend(s) * (1 << al));
            }
            else if (r == 15)
            {
                k += 15;
            }
            else
            {
                // EOBr: this block and (2^r - 1 + next r bits) more end here (G.1.2.2).
                endOfBandRun = (1 << r) - 1 + reader.ReadBits(r);
                break;
            }
        }
    }

    private static void DecodeAcRefine(ref JpegBitReader reader, JpegHuffmanTable table, Span<short> block, int start, int end, int al, ref int endOfBandRun)
    {
        var plus = 1 << al;
        var minus = -1 << al;
        var natural = JpegIdct.NaturalOrder;
        var k = start;
        if (endOfBandRun == 0)
        {
            for (; k <= end; k++)
            {
                var rs = table.Decode(ref reader);
                var r = rs >> 4;
                var s = rs & 15;
                var value = 0;
                if (s != 0)
                {
                    // s must be 1 (G.1.2.3); like libjpeg, any other size is read as 1.
                    value = reader.ReadBit() != 0 ? plus : minus;
                }
                else if (r != 15)
                {
                    endOfBandRun = (1 << r) + reader.ReadBits(r);
                    break;
                }

                // Skip r zero-history coefficients, appending correction bits to the nonzero ones.
                do
                {
                    var index = natural[k];
                    if (block[index] != 0)
                    {
                        Refine(ref reader, ref block[index], plus, minus);
                    }
                    else
                    {
                        if (--r < 0)
                        {
                            break;
                        }
                    }

                    k++;
                }
                while (k <= end);

                if (value != 0)
                {
                    block[natural[k]] = (short)value;
                }
            }
        }

        if (endOfBandRun > 0)
        {
            // Inside an end-of-band run: only correction bits for coefficients already nonzero.
            for (; k <= end; k++)
            {
                var index = natural[k];
                if (block[index] != 0)
                {
                    Refine(ref reader, ref block[index], plus, minus);
                }
            }

            endOfBandRun--;
        }
    }

    private static void Refine(ref JpegBitReader reader, ref short coefficient, int plus, int minus)
    {
        if (reader.ReadBit() != 0 && (coefficient & plus) == 0)
        {
            coefficient = (short)(coefficient >= 0 ? coefficient + plus : coefficient + minus);
        }
    }
}
