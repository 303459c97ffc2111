using System.Buffers;
using System.Numerics;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>
/// Decodes one JPEG-LS scan (T.87 Annex A): context modelling with the median edge predictor, bias
/// correction, limited-length Golomb codes, run mode, restart intervals and the three interleave
/// modes, including line interleaving of subsampled components. Lines go to a
/// <see cref="JpegLsSampleWriter"/> as they are completed; only two lines per component are kept.
/// Its tables are rented from the shared array pools: dispose it. This part handles interleaving,
/// line buffers and restart intervals; JpegLsScanDecoder.Samples.cs decodes the samples of a line.
/// </summary>
internal ref partial struct JpegLsScanDecoder
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
}
