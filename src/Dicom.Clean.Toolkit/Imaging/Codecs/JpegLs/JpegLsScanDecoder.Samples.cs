using System.Runtime.CompilerServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <content>Sample decoding within a line: context selection, prediction, regular and run modes.</content>
internal ref partial struct JpegLsScanDecoder
{
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
