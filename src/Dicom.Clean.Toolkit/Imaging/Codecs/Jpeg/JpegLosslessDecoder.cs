using System.Buffers;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>
/// Lossless scans (process 14, T.81 Annex H): Huffman-coded differences, one MCU row at a time,
/// undifferenced row by row with predictors 1 to 7 and scaled by the point transform. As T.81 H.1.2.1
/// and libjpeg require, the first row of the scan and of each restart interval uses predictor 1
/// (its first sample 2^(P-Pt-1)), and the first column of every other row predictor 2.
/// </summary>
internal static class JpegLosslessDecoder
{
    public static int DecodeScan(ReadOnlySpan<byte> data, int position, JpegStreamDecoder stream, in JpegScan scan)
    {
        var frame = stream.Frame!;
        var predictor = scan.SpectralStart;
        var pointTransform = scan.ApproximationLow;
        if (predictor is < 1 or > 7 || scan.SpectralEnd != 0 || scan.ApproximationHigh != 0 || pointTransform >= frame.Precision)
        {
            throw JpegFailure.At($"invalid lossless scan parameters predictor={predictor} Se={scan.SpectralEnd} Ah={scan.ApproximationHigh} Pt={pointTransform}", scan.Offset, stream.FrameIndex);
        }

        foreach (var c in scan.Components)
        {
            if (c.DcTable is null || c.DcTable.MaxSymbol > 16)
            {
                throw JpegFailure.At($"missing or invalid Huffman table for component {c.Id}", scan.Offset, stream.FrameIndex);
            }
        }

        var interleaved = scan.Components.Length > 1;
        var mcusPerRow = interleaved ? frame.McusWide : scan.Components[0].UnitsWide;
        var mcuRows = interleaved ? frame.McusHigh : scan.Components[0].UnitsHigh;
        var restartInterval = stream.RestartInterval;
        if (restartInterval % mcusPerRow != 0)
        {
            // libjpeg's lossless decoder restarts only at MCU-row boundaries (JERR_BAD_RESTART).
            throw JpegFailure.At($"restart interval {restartInterval} is not a multiple of the {mcusPerRow} MCUs per row", scan.Offset, stream.FrameIndex);
        }

        var rowsPerInterval = restartInterval / mcusPerRow;
        var rowsUntilRestart = rowsPerInterval;
        var initial = 1 << (frame.Precision - pointTransform - 1);
        var count = scan.Components.Length;
        var diffWidth = new int[count];
        var diffs = new int[count][];
        var firstRow = new bool[count];
        try
        {
            for (var i = 0; i < count; i++)
            {
                var c = scan.Components[i];
                diffWidth[i] = interleaved ? frame.McusWide * c.H : c.Width;
                diffs[i] = ArrayPool<int>.Shared.Rent(diffWidth[i] * (interleaved ? c.V : 1));
                firstRow[i] = true;
            }

            var reader = new JpegBitReader(data, position, stream.FrameIndex);
            for (var mcuRow = 0; mcuRow < mcuRows; mcuRow++)
            {
                if (restartInterval > 0)
                {
                    if (rowsUntilRestart == 0)
                    {
                        reader.ProcessRestart();
                        firstRow.AsSpan().Fill(true);
                        rowsUntilRestart = rowsPerInterval;
                    }

                    rowsUntilRestart--;
                }

                if (interleaved)
                {
                    DecodeInterleavedRow(ref reader, scan.Components, diffs, diffWidth, mcusPerRow);
                }
                else
                {
                    var table = scan.Components[0].DcTable!;
                    var row = diffs[0].AsSpan(0, mcusPerRow);
                    for (var x = 0; x < row.Length; x++)
                    {
                        row[x] = DecodeDifference(ref reader, table);
                    }
                }

                reader.ThrowIfOverrun();
                for (var i = 0; i < count; i++)
                {
                    var c = scan.Components[i];
                    var rows = interleaved ? c.V : 1;
                    UndifferenceRows(c, diffs[i], diffWidth[i], mcuRow * rows, rows, ref firstRow[i], initial, predictor);
                }
            }

            reader.ThrowIfOverrun();
            foreach (var c in scan.Components)
            {
                Scale(c, pointTransform, frame.Precision);
            }

            return reader.Position;
        }
        finally
        {
            foreach (var d in diffs)
            {
                if (d is not null)
                {
                    ArrayPool<int>.Shared.Return(d);
                }
            }
        }
    }

    /// <summary>Reconstructs the component's sample rows of one MCU row (dummy rows past its height skipped).</summary>
    private static void UndifferenceRows(JpegComponent c, int[] diffs, int diffWidth, int firstY, int rows, ref bool firstRow, int initial, int predictor)
    {
        var plane = c.Plane!;
        for (var v = 0; v < rows && firstY + v < c.Height; v++)
        {
            var y = firstY + v;
            var diff = diffs.AsSpan(v * diffWidth, c.Width);
            var output = plane.AsSpan(y * c.PlaneWidth, c.Width);
            if (firstRow)
            {
                UndifferenceFirstRow(diff, output, initial);
                firstRow = false;
            }
            else
            {
                Undifference(diff, plane.AsSpan((y - 1) * c.PlaneWidth, c.Width), output, predictor);
            }
        }
    }

    private static void DecodeInterleavedRow(ref JpegBitReader reader, JpegComponent[] components, int[][] diffs, int[] diffWidth, int mcusPerRow)
    {
        for (var mx = 0; mx < mcusPerRow; mx++)
        {
            for (var i = 0; i < components.Length; i++)
            {
                var c = components[i];
                var table = c.DcTable!;
                for (var v = 0; v < c.V; v++)
                {
                    var start = (v * diffWidth[i]) + (mx * c.H);
                    for (var h = 0; h < c.H; h++)
                    {
                        diffs[i][start + h] = DecodeDifference(ref reader, table);
                    }
                }
            }
        }
    }

    /// <summary>Decodes one difference (T.81 H.2.2): category SSSS, then SSSS bits; 16 means 32768.</summary>
    private static int DecodeDifference(ref JpegBitReader reader, JpegHuffmanTable table)
    {
        var fast = table.DecodeFastDifference(ref reader);
        if (fast != 0)
        {
            return fast >> 16;
        }

        var s = table.Decode(ref reader);
        return s == 16 ? 32768 : reader.ReceiveExtend(s);
    }

    private static void UndifferenceFirstRow(ReadOnlySpan<int> diff, Span<ushort> output, int initial)
    {
        var ra = (diff[0] + initial) & 0xFFFF;
        output[0] = (ushort)ra;
        for (var x = 1; x < diff.Length; x++)
        {
            ra = (diff[x] + ra) & 0xFFFF;
            output[x] = (ushort)ra;
        }
    }

    // Reconstruction is modulo 2^16 (H.2.1); the first column is predicted from above.
    private static void Undifference(ReadOnlySpan<int> diff, ReadOnlySpan<ushort> previous, Span<ushort> output, int predictor)
    {
        switch (predictor)
        {
            case 1:
                Undifference<JpegLosslessPredictor.Left>(diff, previous, output);
                break;
            case 2:
                Undifference<JpegLosslessPredictor.Above>(diff, previous, output);
                break;
            case 3:
                Undifference<JpegLosslessPredictor.AboveLeft>(diff, previous, output);
                break;
            case 4:
                Undifference<JpegLosslessPredictor.Plane>(diff, previous, output);
                break;
            case 5:
                Undifference<JpegLosslessPredictor.LeftPlusHalfGradient>(diff, previous, output);
                break;
            case 6:
                Undifference<JpegLosslessPredictor.AbovePlusHalfGradient>(diff, previous, output);
                break;
            default:
                Undifference<JpegLosslessPredictor.Average>(diff, previous, output);
                break;
        }
    }

    private static void Undifference<TPredictor>(ReadOnlySpan<int> diff, ReadOnlySpan<ushort> previous, Span<ushort> output)
        where TPredictor : struct, IJpegLosslessPredictor
    {
        previous = previous[..diff.Length];
        output = output[..diff.Length];
        int rb = previous[0];
        var ra = (diff[0] + rb) & 0xFFFF;
        output[0] = (ushort)ra;
        for (var x = 1; x < diff.Length; x++)
        {
            var rc = rb;
            rb = previous[x];
            ra = (diff[x] + TPredictor.Predict(ra, rb, rc)) & 0xFFFF;
            output[x] = (ushort)ra;
        }
    }

    /// <summary>
    /// Undoes the point transform once the component is complete; values are truncated to the
    /// sample type libjpeg would store them in (8 bits up to P = 8, else 16).
    /// </summary>
    private static void Scale(JpegComponent c, int pointTransform, int precision)
    {
        var mask = precision <= 8 ? 0xFF : 0xFFFF;
        for (var y = 0; y < c.Height; y++)
        {
            var row = c.Plane.AsSpan(y * c.PlaneWidth, c.Width);
            for (var x = 0; x < row.Length; x++)
            {
                row[x] = (ushort)((row[x] << pointTransform) & mask);
            }
        }
    }
}
