using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

namespace Dicom.Clean.Toolkit.Tests.Codecs.JpegLs;

/// <summary>
/// A plain JPEG-LS encoder (T.87 Annex A, encoder side) written independently of the decoder's
/// inner loops, so tests can build streams with restart intervals, presets, colour transforms and
/// every bit depth in code. Slow and simple on purpose; components are not subsampled.
/// </summary>
internal sealed class JpegLsTestEncoder
{
    private static readonly int[] J = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 11, 12, 13, 14, 15];

    private readonly int _maxVal, _near, _range, _qbpp, _limit, _reset, _t1, _t2, _t3;
    private readonly int[] _a = new int[367], _b = new int[365], _c = new int[365], _n = new int[367], _nn = new int[367];
    private JpegLsTestBitWriter _bits = null!;

    private JpegLsTestEncoder(JpegLsTestOptions options)
    {
        var resolved = (options.Preset ?? default).Resolve(options.Precision, options.Near)
            ?? throw new ArgumentException("Preset out of range.", nameof(options));
        (_maxVal, _t1, _t2, _t3, _reset) = (resolved.MaxVal, resolved.T1, resolved.T2, resolved.T3, resolved.Reset);
        _near = options.Near;
        _range = ((_maxVal + (2 * _near)) / ((2 * _near) + 1)) + 1;
        _qbpp = JpegLsScanDecoder.CeilLog2(_range);
        var bpp = Math.Max(2, JpegLsScanDecoder.CeilLog2(_maxVal + 1));
        _limit = 2 * (bpp + Math.Max(8, bpp));
    }

    /// <summary>Encodes the planes (row after row); returns the stream and the samples a decoder must give back.</summary>
    public static (byte[] Stream, ushort[][] Decoded) Encode(ushort[][] planes, int width, int height, JpegLsTestOptions options)
    {
        var encoder = new JpegLsTestEncoder(options);
        var source = options.ColorTransform == 0 ? planes : JpegLsTestColorTransforms.Forward(planes, options.ColorTransform, options.Precision);
        var output = new List<byte> { 0xFF, 0xD8 };
        Segment(output, 0xF7, [(byte)options.Precision, .. U16(height), .. U16(width), (byte)planes.Length, .. planes.SelectMany((_, i) => new byte[] { (byte)(i + 1), 0x11, 0 })]);
        if (options.Preset is { } p)
        {
            Segment(output, 0xF8, [1, .. U16(p.MaxVal), .. U16(p.T1), .. U16(p.T2), .. U16(p.T3), .. U16(p.Reset)]);
        }

        if (options.ColorTransform != 0)
        {
            Segment(output, 0xE8, [.. "mrfx"u8, (byte)options.ColorTransform]);
        }

        if (options.RestartInterval > 0)
        {
            Segment(output, 0xDD, U16(options.RestartInterval));
        }

        var decoded = planes.Select(plane => new ushort[plane.Length]).ToArray();
        var scans = options.Interleave == 0 ? planes.Select((_, i) => new[] { i }).ToArray() : [Enumerable.Range(0, planes.Length).ToArray()];
        foreach (var scan in scans)
        {
            Segment(output, 0xDA, [(byte)scan.Length, .. scan.SelectMany(c => new byte[] { (byte)(c + 1), 0 }), (byte)options.Near, (byte)options.Interleave, 0]);
            encoder.EncodeScan(source, decoded, scan, width, height, options, output);
        }

        output.AddRange([0xFF, 0xD9]);
        return (output.ToArray(), options.ColorTransform == 0 ? decoded : JpegLsTestColorTransforms.Inverse(decoded, options.ColorTransform, options.Precision));
    }

    private static byte[] U16(int value) => [(byte)(value >> 8), (byte)value];

    private static void Segment(List<byte> output, byte marker, byte[] body)
    {
        output.AddRange([0xFF, marker, .. U16(body.Length + 2), .. body]);
    }

    private void EncodeScan(ushort[][] source, ushort[][] decoded, int[] scan, int width, int height, JpegLsTestOptions options, List<byte> output)
    {
        _bits = new JpegLsTestBitWriter(output);
        var runIndex = new int[scan.Length];
        var restarts = 0;
        ResetContexts();
        for (var y = 0; y < height; y++)
        {
            if (options.RestartInterval > 0 && y > 0 && y % options.RestartInterval == 0)
            {
                _bits.Flush();
                output.AddRange([0xFF, (byte)(0xD0 + (restarts++ & 7))]);
                ResetContexts();
                Array.Clear(runIndex);
            }

            var restartRow = options.RestartInterval > 0 ? y / options.RestartInterval * options.RestartInterval : 0;
            if (options.Interleave == 2)
            {
                EncodeSampleLine(source, decoded, scan, width, y, restartRow, ref runIndex[0]);
            }
            else
            {
                for (var i = 0; i < scan.Length; i++)
                {
                    EncodeLine(source[scan[i]], decoded[scan[i]], width, y, restartRow, ref runIndex[i]);
                }
            }
        }

        _bits.Flush();
    }

    private void ResetContexts()
    {
        var a = Math.Max(2, (_range + 32) / 64);
        Array.Fill(_a, a);
        Array.Fill(_n, 1);
        Array.Clear(_b);
        Array.Clear(_c);
        Array.Clear(_nn);
    }

    /// <summary>Neighbour of (x, y) in reconstructed samples, with T.87's edge rules; lines before firstRow read as 0.</summary>
    private static int Sample(ushort[] plane, int width, int x, int y, int firstRow)
    {
        if (y < firstRow)
        {
            return 0;
        }

        if (x < 0)
        {
            // Ra at x = 0 is Rb; Rc at x = 0 is the sample above Rb (the Ra of the line above).
            return y - 1 < firstRow ? 0 : plane[((y - 1) * width)];
        }

        return plane[(y * width) + Math.Min(x, width - 1)];
    }

    private void EncodeLine(ushort[] source, ushort[] decoded, int width, int y, int firstRow, ref int runIndex)
    {
        var x = 0;
        while (x < width)
        {
            var (ra, rb, rc, rd) = Neighbours(decoded, width, x, y, firstRow);
            if (Math.Abs(rd - rb) <= _near && Math.Abs(rb - rc) <= _near && Math.Abs(rc - ra) <= _near)
            {
                var run = 0;
                while (x + run < width && Math.Abs(source[(y * width) + x + run] - ra) <= _near)
                {
                    decoded[(y * width) + x + run] = (ushort)ra;
                    run++;
                }

                var endOfLine = x + run == width;
                EncodeRunLength(run, endOfLine, ref runIndex);
                x += run;
                if (!endOfLine)
                {
                    var above = Sample(decoded, width, x, y - 1, firstRow);
                    decoded[(y * width) + x] = (ushort)EncodeInterruption(source[(y * width) + x], ra, above, Math.Abs(ra - above) <= _near ? 1 : 0, runIndex);
                    runIndex = Math.Max(0, runIndex - 1);
                    x++;
                }
            }
            else
            {
                decoded[(y * width) + x] = (ushort)EncodeRegular(source[(y * width) + x], ra, rb, rc, rd);
                x++;
            }
        }
    }

    private void EncodeSampleLine(ushort[][] source, ushort[][] decoded, int[] scan, int width, int y, int firstRow, ref int runIndex)
    {
        var x = 0;
        while (x < width)
        {
            var flat = scan.All(c =>
            {
                var (ra, rb, rc, rd) = Neighbours(decoded[c], width, x, y, firstRow);
                return Math.Abs(rd - rb) <= _near && Math.Abs(rb - rc) <= _near && Math.Abs(rc - ra) <= _near;
            });
            if (!flat)
            {
                foreach (var c in scan)
                {
                    var (ra, rb, rc, rd) = Neighbours(decoded[c], width, x, y, firstRow);
                    decoded[c][(y * width) + x] = (ushort)EncodeRegular(source[c][(y * width) + x], ra, rb, rc, rd);
                }

                x++;
                continue;
            }

            var runValues = scan.Select(c => Neighbours(decoded[c], width, x, y, firstRow).Ra).ToArray();
            var run = 0;
            while (x + run < width && scan.Select((c, i) => Math.Abs(source[c][(y * width) + x + run] - runValues[i]) <= _near).All(ok => ok))
            {
                for (var i = 0; i < scan.Length; i++)
                {
                    decoded[scan[i]][(y * width) + x + run] = (ushort)runValues[i];
                }

                run++;
            }

            var endOfLine = x + run == width;
            EncodeRunLength(run, endOfLine, ref runIndex);
            x += run;
            if (!endOfLine)
            {
                for (var i = 0; i < scan.Length; i++)
                {
                    var c = scan[i];
                    var above = Sample(decoded[c], width, x, y - 1, firstRow);
                    // Sample interleaving codes every interrupted sample from Rb in context 365.
                    decoded[c][(y * width) + x] = (ushort)EncodeInterruption(source[c][(y * width) + x], runValues[i], above, 0, runIndex);
                }

                runIndex = Math.Max(0, runIndex - 1);
                x++;
            }
        }
    }

    private static (int Ra, int Rb, int Rc, int Rd) Neighbours(ushort[] plane, int width, int x, int y, int firstRow)
    {
        var rb = Sample(plane, width, x, y - 1, firstRow);
        var ra = x == 0 ? rb : plane[(y * width) + x - 1];
        var rc = x == 0 ? Sample(plane, width, -1, y - 1, firstRow) : Sample(plane, width, x - 1, y - 1, firstRow);
        var rd = Sample(plane, width, x + 1, y - 1, firstRow);
        return (ra, rb, rc, rd);
    }

    private int Quantize(int d) =>
        d <= -_t3 ? -4 : d <= -_t2 ? -3 : d <= -_t1 ? -2 : d < -_near ? -1 : d <= _near ? 0 : d < _t1 ? 1 : d < _t2 ? 2 : d < _t3 ? 3 : 4;

    private int EncodeRegular(int value, int ra, int rb, int rc, int rd)
    {
        var q = (((Quantize(rd - rb) * 9) + Quantize(rb - rc)) * 9) + Quantize(rc - ra);
        var sign = q < 0 ? -1 : 1;
        q = Math.Abs(q);
        var predicted = rc >= Math.Max(ra, rb) ? Math.Min(ra, rb) : rc <= Math.Min(ra, rb) ? Math.Max(ra, rb) : ra + rb - rc;
        predicted = Math.Clamp(predicted + (sign * _c[q]), 0, _maxVal);
        var error = QuantizeError(sign * (value - predicted));
        var reconstructed = Reconstruct(predicted + (sign * error * ((2 * _near) + 1)));
        error = ReduceModulo(error);

        var k = 0;
        while ((_n[q] << k) < _a[q])
        {
            k++;
        }

        var mapped = _near == 0 && k == 0 && 2 * _b[q] <= -_n[q]
            ? (error >= 0 ? (2 * error) + 1 : -2 * (error + 1))
            : (error >= 0 ? 2 * error : (-2 * error) - 1);
        WriteGolomb(mapped, k, _limit);

        _b[q] += error * ((2 * _near) + 1);
        _a[q] += Math.Abs(error);
        if (_n[q] == _reset)
        {
            _a[q] >>= 1;
            _b[q] = _b[q] >= 0 ? _b[q] >> 1 : -((1 - _b[q]) >> 1);
            _n[q] >>= 1;
        }

        _n[q]++;
        if (_b[q] <= -_n[q])
        {
            _b[q] += _n[q];
            _c[q] = Math.Max(_c[q] - 1, -128);
            _b[q] = Math.Max(_b[q], -_n[q] + 1);
        }
        else if (_b[q] > 0)
        {
            _b[q] -= _n[q];
            _c[q] = Math.Min(_c[q] + 1, 127);
            _b[q] = Math.Min(_b[q], 0);
        }

        return reconstructed;
    }

    private void EncodeRunLength(int run, bool endOfLine, ref int runIndex)
    {
        while (run >= 1 << J[runIndex])
        {
            _bits.WriteBit(1);
            run -= 1 << J[runIndex];
            runIndex = Math.Min(runIndex + 1, 31);
        }

        if (endOfLine)
        {
            if (run > 0)
            {
                _bits.WriteBit(1);
            }
        }
        else
        {
            _bits.WriteBit(0);
            _bits.WriteBits(run, J[runIndex]);
        }
    }

    private int EncodeInterruption(int value, int ra, int rb, int type, int runIndex)
    {
        var predicted = type == 1 ? ra : rb;
        var sign = type == 0 && ra > rb ? -1 : 1;
        var error = QuantizeError(sign * (value - predicted));
        var reconstructed = Reconstruct(predicted + (sign * error * ((2 * _near) + 1)));
        error = ReduceModulo(error);

        var q = 365 + type;
        var temp = _a[q] + (type * (_n[q] >> 1));
        var k = 0;
        while ((_n[q] << k) < temp)
        {
            k++;
        }

        var map = (k == 0 && error > 0 && 2 * _nn[q] < _n[q]) || (error < 0 && 2 * _nn[q] >= _n[q]) || (error < 0 && k != 0) ? 1 : 0;
        var mapped = (2 * Math.Abs(error)) - type - map;
        WriteGolomb(mapped, k, _limit - J[runIndex] - 1);

        if (error < 0)
        {
            _nn[q]++;
        }

        _a[q] += (mapped + 1 - type) >> 1;
        if (_n[q] == _reset)
        {
            _a[q] >>= 1;
            _n[q] >>= 1;
            _nn[q] >>= 1;
        }

        _n[q]++;
        return reconstructed;
    }

    private int QuantizeError(int error) =>
        _near == 0 ? error : error > 0 ? (error + _near) / ((2 * _near) + 1) : -((_near - error) / ((2 * _near) + 1));

    private int ReduceModulo(int error)
    {
        if (error < 0)
        {
            error += _range;
        }

        return error >= (_range + 1) / 2 ? error - _range : error;
    }

    private int Reconstruct(int value)
    {
        var step = (2 * _near) + 1;
        if (value < -_near)
        {
            value += _range * step;
        }
        else if (value > _maxVal + _near)
        {
            value -= _range * step;
        }

        return Math.Clamp(value, 0, _maxVal);
    }

    private void WriteGolomb(int mapped, int k, int limit)
    {
        var escape = limit - _qbpp - 1;
        if (mapped >> k < escape)
        {
            _bits.WriteZeros(mapped >> k);
            _bits.WriteBit(1);
            _bits.WriteBits(mapped & ((1 << k) - 1), k);
        }
        else
        {
            _bits.WriteZeros(escape);
            _bits.WriteBit(1);
            _bits.WriteBits(mapped - 1, _qbpp);
        }
    }
}
