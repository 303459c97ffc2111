using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>
/// Decodes one JPEG-LS scan (T.87 Annex A): context modelling with the median edge predictor, bias
/// correction, limited-length Golomb codes, run mode, restart intervals and the three interleave
/// modes, including line interleaving of subsampled components. Lines go to a
/// <see cref="JpegLsSampleWriter"/> as they are completed; only two lines per component are kept.
/// Its tables are rented from the shared array pools: dispose it.
/// </summary>
internal ref struct JpegLsScanDecoder
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int? _frame;
    private readonly int _maxVal;
    private readonly int _near;
    private readonly int _step;
    private readonly int _range;
    private readonly int _qbpp;
    private readonly int _limit;
    private readonly int _reset;
    private readonly sbyte[] _quantization;
    private readonly JpegLsRegularContext[] _contexts;
    private JpegLsRunContext _runType0;
    private JpegLsRunContext _runType1;
    private JpegLsBitReader _reader;

    /// <summary>Prepares to decode the entropy-coded data starting at <paramref name="position"/>.</summary>
    /// <param name="data">The whole codestream.</param>
    /// <param name="position">Offset of the first byte after the SOS segment.</param>
    /// <param name="parameters">Resolved coding parameters (see <see cref="JpegLsCodingParameters.Resolve"/>).</param>
    /// <param name="near">NEAR of the scan.</param>
    /// <param name="frame">Frame index for errors.</param>
    public JpegLsScanDecoder(ReadOnlySpan<byte> data, int position, JpegLsCodingParameters parameters, int near, int? frame)
    {
        _data = data;
        _frame = frame;
        _maxVal = parameters.MaxVal;
        _near = near;
        _step = (2 * near) + 1;
        _range = ((_maxVal + (2 * near)) / _step) + 1;
        _qbpp = CeilLog2(_range);
        var bpp = Math.Max(2, CeilLog2(_maxVal + 1));
        _limit = 2 * (bpp + Math.Max(8, bpp));
        _reset = parameters.Reset;
        _quantization = BuildQuantization(parameters, near);
        _contexts = ArrayPool<JpegLsRegularContext>.Shared.Rent(365);
        ResetContexts();
        _reader = new JpegLsBitReader(data, position, frame);
    }

    /// <summary>J[RUNindex]: the order of run-length segments (T.87 A.2.1, step 3).</summary>
    private static ReadOnlySpan<byte> J => [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 11, 12, 13, 14, 15];

    /// <summary>Decodes every line of the scan; returns the offset of the marker that follows it.</summary>
    public int Decode(JpegLsFrameHeader frame, JpegLsScanHeader scan, int restartInterval, in JpegLsSampleWriter writer)
    {
        if (scan.ComponentIndices.Length == 1)
        {
            // ILV has no meaning for a single component: it is coded as an uninterleaved scan.
            DecodeSingleComponent(frame, scan.ComponentIndices[0], restartInterval, writer);
        }
        else if (scan.InterleaveMode == JpegLsInterleaveMode.Line)
        {
            DecodeLineInterleaved(frame, scan.ComponentIndices, restartInterval, writer);
        }
        else
        {
            DecodeSampleInterleaved(frame, scan, restartInterval, writer);
        }

        return _reader.FindMarker();
    }

    /// <summary>Returns the rented tables.</summary>
    public readonly void Dispose()
    {
        ArrayPool<sbyte>.Shared.Return(_quantization);
        ArrayPool<JpegLsRegularContext>.Shared.Return(_contexts);
    }

    /// <summary>Ceiling of log2(value), 0 for 1.</summary>
    internal static int CeilLog2(int value) => value <= 1 ? 0 : 32 - BitOperations.LeadingZeroCount((uint)(value - 1));

    private static sbyte[] BuildQuantization(JpegLsCodingParameters p, int near)
    {
        // Entry d + MAXVAL is Q(d) of T.87 A.3.3 for every gradient d in [-MAXVAL, MAXVAL].
        // Rented: for 16 bits it is 128 KiB, which would otherwise land on the large object heap per frame.
        var maxVal = p.MaxVal;
        var table = ArrayPool<sbyte>.Shared.Rent((2 * maxVal) + 1);
        var span = table.AsSpan(0, (2 * maxVal) + 1);
        Fill(span, maxVal, -maxVal, -p.T3, -4);
        Fill(span, maxVal, -p.T3 + 1, -p.T2, -3);
        Fill(span, maxVal, -p.T2 + 1, -p.T1, -2);
        Fill(span, maxVal, -p.T1 + 1, -near - 1, -1);
        Fill(span, maxVal, -near, near, 0);
        Fill(span, maxVal, near + 1, p.T1 - 1, 1);
        Fill(span, maxVal, p.T1, p.T2 - 1, 2);
        Fill(span, maxVal, p.T2, p.T3 - 1, 3);
        Fill(span, maxVal, p.T3, maxVal, 4);
        return table;

        static void Fill(Span<sbyte> table, int maxVal, int low, int high, sbyte value)
        {
            low = Math.Max(low, -maxVal);
            high = Math.Min(high, maxVal);
            if (low <= high)
            {
                table.Slice(low + maxVal, high - low + 1).Fill(value);
            }
        }
    }

    private void ResetContexts()
    {
        _contexts.AsSpan(0, 365).Fill(JpegLsRegularContext.Initial(_range));
        _runType0 = JpegLsRunContext.Initial(0, _range);
        _runType1 = JpegLsRunContext.Initial(1, _range);
    }

    private void DecodeSingleComponent(JpegLsFrameHeader frame, int component, int restartInterval, in JpegLsSampleWriter writer)
    {
        var width = frame.ComponentColumns(component);
        var rows = frame.ComponentRows(component);
        var stride = width + 2;
        var buffer = ArrayPool<int>.Shared.Rent(2 * stride);
        try
        {
            var lines = buffer.AsSpan(0, 2 * stride);
            lines.Clear();
            var runIndex = 0;
            var restarts = 0;
            for (var row = 0; row < rows; row++)
            {
                if (restartInterval > 0 && row > 0 && row % restartInterval == 0)
                {
                    ProcessRestart(restarts++);
                    lines.Clear();
                    runIndex = 0;
                }

                var current = lines.Slice((row & 1) * stride, stride);
                var previous = lines.Slice((~row & 1) * stride, stride);
                DecodeLine(previous, current, ref runIndex);
                writer.WriteLine(component, row, current[1..], 1, width);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    private void DecodeLineInterleaved(JpegLsFrameHeader frame, int[] components, int restartInterval, in JpegLsSampleWriter writer)
    {
        // Each group of lines holds V lines of every component (T.87 B.3 with T.81 A.2.3): a
        // component with a smaller vertical sampling factor contributes fewer lines per group.
        var count = components.Length;
        Span<int> widths = stackalloc int[count];
        Span<int> heights = stackalloc int[count];
        Span<int> offsets = stackalloc int[count];
        Span<int> rows = stackalloc int[count];
        Span<int> runIndices = stackalloc int[count];
        var total = 0;
        for (var i = 0; i < count; i++)
        {
            widths[i] = frame.ComponentColumns(components[i]);
            heights[i] = frame.ComponentRows(components[i]);
            offsets[i] = total;
            total += 2 * (widths[i] + 2);
        }

        var groups = (frame.Rows + frame.MaxVerticalSampling - 1) / frame.MaxVerticalSampling;
        var buffer = ArrayPool<int>.Shared.Rent(total);
        try
        {
            var lines = buffer.AsSpan(0, total);
            lines.Clear();
            var restarts = 0;
            for (var group = 0; group < groups; group++)
            {
                if (restartInterval > 0 && group > 0 && group % restartInterval == 0)
                {
                    ProcessRestart(restarts++);
                    lines.Clear();
                    runIndices.Clear();
                }

                for (var i = 0; i < count; i++)
                {
                    var component = components[i];
                    var stride = widths[i] + 2;
                    var own = lines.Slice(offsets[i], 2 * stride);
                    for (var v = 0; v < frame.Components[component].VerticalSampling && rows[i] < heights[i]; v++)
                    {
                        var row = rows[i]++;
                        var current = own.Slice((row & 1) * stride, stride);
                        var previous = own.Slice((~row & 1) * stride, stride);
                        DecodeLine(previous, current, ref runIndices[i]);
                        writer.WriteLine(component, row, current[1..], 1, widths[i]);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    private void DecodeSampleInterleaved(JpegLsFrameHeader frame, JpegLsScanHeader scan, int restartInterval, in JpegLsSampleWriter writer)
    {
        var components = scan.ComponentIndices;
        var count = components.Length;
        var width = frame.ComponentColumns(components[0]);
        var rows = frame.ComponentRows(components[0]);
        foreach (var component in components)
        {
            if (frame.ComponentColumns(component) != width || frame.ComponentRows(component) != rows)
            {
                throw new DicomException("JPEG-LS sample-interleaved scan has components of different sizes", scan.Offset, frame: _frame);
            }
        }

        var stride = (width + 2) * count;
        var buffer = ArrayPool<int>.Shared.Rent(2 * stride);
        try
        {
            var lines = buffer.AsSpan(0, 2 * stride);
            lines.Clear();
            var runIndex = 0;
            var restarts = 0;
            for (var row = 0; row < rows; row++)
            {
                if (restartInterval > 0 && row > 0 && row % restartInterval == 0)
                {
                    ProcessRestart(restarts++);
                    lines.Clear();
                    runIndex = 0;
                }

                var current = lines.Slice((row & 1) * stride, stride);
                var previous = lines.Slice((~row & 1) * stride, stride);
                DecodeSampleLine(previous, current, count, ref runIndex);
                for (var i = 0; i < count; i++)
                {
                    writer.WriteLine(components[i], row, current[(count + i)..], count, width);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    private void ProcessRestart(int index)
    {
        // The interval's last byte is padded; RSTm follows (any 0xFF fill bytes before it allowed).
        var at = _reader.FindMarker();
        var code = at + 1;
        while (code < _data.Length && _data[code] == 0xFF)
        {
            code++;
        }

        var expected = 0xD0 + (index & 7);
        if (code >= _data.Length || _data[code] != expected)
        {
            throw new DicomException($"JPEG-LS restart marker RST{index & 7} expected", at, frame: _frame);
        }

        _reader.Restart(code + 1);
        ResetContexts();
    }

    /// <summary>Decodes one line of one component. Both lines hold the samples at [1..width], with edge entries at 0 and width + 1.</summary>
    private void DecodeLine(Span<int> previous, Span<int> current, ref int runIndex)
    {
        var width = current.Length - 2;
        var quantization = _quantization.AsSpan();
        var maxVal = _maxVal;

        // Edges (T.87 A.2.1): Ra of the first sample is Rb; Rd of the last is Rb; Rc of the first is
        // the Ra the line above used, which previous[0] still holds.
        previous[width + 1] = previous[width];
        current[0] = previous[1];
        var rb = previous[0];
        var rd = previous[1];
        var x = 1;
        while (x <= width)
        {
            var ra = current[x - 1];
            var rc = rb;
            rb = rd;
            rd = previous[x + 1];
            var context = (((quantization[rd - rb + maxVal] * 9) + quantization[rb - rc + maxVal]) * 9) + quantization[rc - ra + maxVal];
            if (context != 0)
            {
                current[x] = DecodeRegular(context, Predict(ra, rb, rc));
                x++;
            }
            else
            {
                x += DecodeRun(previous, current, x, width, ref runIndex);
                rb = previous[x - 1];
                rd = previous[x];
            }
        }
    }

    /// <summary>Decodes one line of a sample-interleaved scan: sample c of pixel x is at [x * count + c].</summary>
    private void DecodeSampleLine(Span<int> previous, Span<int> current, int count, ref int runIndex)
    {
        var width = (current.Length / count) - 2;
        var quantization = _quantization.AsSpan();
        var maxVal = _maxVal;
        Span<int> contexts = stackalloc int[count];
        for (var c = 0; c < count; c++)
        {
            previous[((width + 1) * count) + c] = previous[(width * count) + c];
            current[c] = previous[count + c];
        }

        var x = 1;
        while (x <= width)
        {
            var at = x * count;
            var any = 0;
            for (var c = 0; c < count; c++)
            {
                var ra = current[at - count + c];
                var rb = previous[at + c];
                var rc = previous[at - count + c];
                var rd = previous[at + count + c];
                var context = (((quantization[rd - rb + maxVal] * 9) + quantization[rb - rc + maxVal]) * 9) + quantization[rc - ra + maxVal];
                contexts[c] = context;
                any |= context;
            }

            if (any == 0)
            {
                x += DecodeSampleRun(previous, current, x, width, count, ref runIndex);
                continue;
            }

            for (var c = 0; c < count; c++)
            {
                var ra = current[at - count + c];
                var rb = previous[at + c];
                var rc = previous[at - count + c];
                current[at + c] = DecodeRegular(contexts[c], Predict(ra, rb, rc));
            }

            x++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Predict(int ra, int rb, int rc)
    {
        // Median edge detector (T.87 A.4.1).
        if (rc >= Math.Max(ra, rb))
        {
            return Math.Min(ra, rb);
        }

        if (rc <= Math.Min(ra, rb))
        {
            return Math.Max(ra, rb);
        }

        return ra + rb - rc;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int DecodeRegular(int context, int predicted)
    {
        // A negative context is folded onto its mirror with the sign flipped (T.87 A.3.4).
        var sign = context >> 31;
        ref var statistics = ref _contexts[(context ^ sign) - sign];
        predicted += (statistics.C ^ sign) - sign;
        predicted = predicted < 0 ? 0 : predicted > _maxVal ? _maxVal : predicted;

        var k = statistics.GolombParameter();
        var mapped = _reader.ReadGolomb(k, _limit, _qbpp);
        var error = (mapped >> 1) ^ -(mapped & 1);
        if (k == 0 && _near == 0 && statistics.UsesAlternativeMapping)
        {
            error = ~error;
        }

        statistics.Update(error, _near, _reset);
        return Reconstruct(predicted, (error ^ sign) - sign);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int Reconstruct(int predicted, int error)
    {
        // Modulo reduction undone, then clamped (T.87 A.4.4 and A.5.4 as the decoder applies them).
        var value = predicted + (error * _step);
        if (value < -_near)
        {
            value += _range * _step;
        }
        else if (value > _maxVal + _near)
        {
            value -= _range * _step;
        }

        return value < 0 ? 0 : value > _maxVal ? _maxVal : value;
    }

    /// <summary>Decodes a run starting at x and its interruption sample; returns the samples produced.</summary>
    private int DecodeRun(Span<int> previous, Span<int> current, int x, int width, ref int runIndex)
    {
        var ra = current[x - 1];
        var remaining = width - x + 1;
        var length = DecodeRunLength(remaining, ref runIndex);
        current.Slice(x, length).Fill(ra);
        if (length == remaining)
        {
            return length;
        }

        var at = x + length;
        var rb = previous[at];
        if (Math.Abs(ra - rb) <= _near)
        {
            current[at] = Reconstruct(ra, DecodeInterruptionError(ref _runType1, runIndex));
        }
        else
        {
            var error = DecodeInterruptionError(ref _runType0, runIndex);
            current[at] = Reconstruct(rb, rb > ra ? error : -error);
        }

        if (runIndex > 0)
        {
            runIndex--;
        }

        return length + 1;
    }

    /// <summary>The sample-interleaved run: whole pixels repeat Ra; the interruption codes each sample from Rb.</summary>
    private int DecodeSampleRun(Span<int> previous, Span<int> current, int x, int width, int count, ref int runIndex)
    {
        var remaining = width - x + 1;
        var length = DecodeRunLength(remaining, ref runIndex);
        var at = x * count;
        for (var i = 0; i < length * count; i++)
        {
            current[at + i] = current[at - count + (i % count)];
        }

        if (length == remaining)
        {
            return length;
        }

        at += length * count;
        for (var c = 0; c < count; c++)
        {
            var ra = current[at - count + c];
            var rb = previous[at + c];
            var error = DecodeInterruptionError(ref _runType0, runIndex);
            current[at + c] = Reconstruct(rb, rb >= ra ? error : -error);
        }

        if (runIndex > 0)
        {
            runIndex--;
        }

        return length + 1;
    }

    /// <summary>Decodes a run length (T.87 A.7.1.2): 1 bits add 2^J[RUNindex] each, a 0 bit ends with J[RUNindex] more bits.</summary>
    private int DecodeRunLength(int remaining, ref int runIndex)
    {
        var length = 0;
        while (_reader.ReadBit() == 1)
        {
            var segment = 1 << J[runIndex];
            var taken = Math.Min(segment, remaining - length);
            length += taken;
            if (taken == segment && runIndex < 31)
            {
                runIndex++;
            }

            if (length == remaining)
            {
                return length;
            }
        }

        var bits = J[runIndex];
        if (bits > 0)
        {
            length += _reader.ReadBits(bits);
        }

        if (length > remaining)
        {
            throw new DicomException("JPEG-LS run is longer than the rest of the line", _reader.Position, frame: _frame);
        }

        return length;
    }

    private int DecodeInterruptionError(ref JpegLsRunContext context, int runIndex)
    {
        var k = context.GolombParameter();
        var mapped = _reader.ReadGolomb(k, _limit - J[runIndex] - 1, _qbpp);
        var error = context.ErrorValue(mapped, k);
        context.Update(error, mapped, _reset);
        return error;
    }
}
