using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using static Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000.EbcotContexts;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// The three coding passes (T.800 D.3): significance propagation, magnitude refinement (both also
/// in raw form for the bypass mode) and cleanup with its run-length mode.
/// </summary>
internal sealed partial class EbcotBlockDecoder
{
    private void Significance(ref MqDecoder mqState, int bitPlane)
    {
        var mq = mqState;
        var value = (1 << bitPlane) | (1 << (bitPlane - 1));
        ref var flags = ref MemoryMarshal.GetArrayDataReference(_flags);
        ref var magnitudes = ref MemoryMarshal.GetArrayDataReference(_magnitudes);
        ref var contexts = ref MemoryMarshal.GetArrayDataReference(_contexts);
        ref var zc = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(ZeroCoding), _zeroCodingOffset);
        var stride = _stride;
        var width = _width;
        for (var y0 = 0; y0 < _height; y0 += 4)
        {
            var rows = Math.Min(4, _height - y0);
            var fi = ((y0 + 1) * stride) + 1;
            var di = y0 * width;
            for (var x = 0; x < width; x++, fi++, di++)
            {
                if (rows == 4 && ((Unsafe.Add(ref flags, fi) | Unsafe.Add(ref flags, fi + stride) | Unsafe.Add(ref flags, fi + (2 * stride))
                    | Unsafe.Add(ref flags, fi + (3 * stride))) & 0xFF) == 0)
                {
                    continue;
                }

                for (var k = 0; k < rows; k++)
                {
                    var at = fi + (k * stride);
                    var f = Unsafe.Add(ref flags, at) & (k == 3 ? _lastRowMask : -1);
                    if ((f & (Significant | Visited)) != 0 || (f & 0xFF) == 0)
                    {
                        continue;
                    }

                    if (mq.Decode(ref Unsafe.Add(ref contexts, Unsafe.Add(ref zc, f & 0xFF))) != 0)
                    {
                        SetSignificant(ref flags, at, DecodeSign(ref mq, ref contexts, f));
                        Unsafe.Add(ref magnitudes, di + (k * width)) = value;
                    }

                    Unsafe.Add(ref flags, at) |= Visited;
                }
            }
        }

        mqState = mq;
    }

    private void SignificanceRaw(ref RawBitDecoder raw, int bitPlane)
    {
        var value = (1 << bitPlane) | (1 << (bitPlane - 1));
        ref var flags = ref MemoryMarshal.GetArrayDataReference(_flags);
        ref var magnitudes = ref MemoryMarshal.GetArrayDataReference(_magnitudes);
        var stride = _stride;
        for (var y0 = 0; y0 < _height; y0 += 4)
        {
            var rows = Math.Min(4, _height - y0);
            for (var x = 0; x < _width; x++)
            {
                var fi = ((y0 + 1) * stride) + x + 1;
                for (var k = 0; k < rows; k++, fi += stride)
                {
                    var f = Unsafe.Add(ref flags, fi) & (k == 3 ? _lastRowMask : -1);
                    if ((f & (Significant | Visited)) != 0 || (f & 0xFF) == 0)
                    {
                        continue;
                    }

                    if (raw.Decode() != 0)
                    {
                        SetSignificant(ref flags, fi, raw.Decode() != 0);
                        Unsafe.Add(ref magnitudes, ((y0 + k) * _width) + x) = value;
                    }

                    Unsafe.Add(ref flags, fi) |= Visited;
                }
            }
        }
    }

    private void Refinement(ref MqDecoder mqState, int bitPlane)
    {
        var mq = mqState;
        var half = 1 << (bitPlane - 1);
        ref var flags = ref MemoryMarshal.GetArrayDataReference(_flags);
        ref var magnitudes = ref MemoryMarshal.GetArrayDataReference(_magnitudes);
        ref var contexts = ref MemoryMarshal.GetArrayDataReference(_contexts);
        var stride = _stride;
        var width = _width;
        for (var y0 = 0; y0 < _height; y0 += 4)
        {
            var rows = Math.Min(4, _height - y0);
            var fi = ((y0 + 1) * stride) + 1;
            var di = y0 * width;
            for (var x = 0; x < width; x++, fi++, di++)
            {
                if (rows == 4 && ((Unsafe.Add(ref flags, fi) | Unsafe.Add(ref flags, fi + stride) | Unsafe.Add(ref flags, fi + (2 * stride))
                    | Unsafe.Add(ref flags, fi + (3 * stride))) & Significant) == 0)
                {
                    continue;
                }

                for (var k = 0; k < rows; k++)
                {
                    ref var flag = ref Unsafe.Add(ref flags, fi + (k * stride));
                    var f = flag;
                    if ((f & (Significant | Visited)) != Significant)
                    {
                        continue;
                    }

                    var context = (f & Refined) != 0 ? 16 : ((f & (k == 3 ? _lastRowMask : -1) & 0xFF) != 0 ? 15 : 14);
                    Unsafe.Add(ref magnitudes, di + (k * width)) += mq.Decode(ref Unsafe.Add(ref contexts, context)) != 0 ? half : -half;
                    flag = f | Refined;
                }
            }
        }

        mqState = mq;
    }

    private void RefinementRaw(ref RawBitDecoder raw, int bitPlane)
    {
        var half = 1 << (bitPlane - 1);
        ref var flags = ref MemoryMarshal.GetArrayDataReference(_flags);
        ref var magnitudes = ref MemoryMarshal.GetArrayDataReference(_magnitudes);
        for (var y0 = 0; y0 < _height; y0 += 4)
        {
            var rows = Math.Min(4, _height - y0);
            for (var x = 0; x < _width; x++)
            {
                var fi = ((y0 + 1) * _stride) + x + 1;
                for (var k = 0; k < rows; k++, fi += _stride)
                {
                    ref var flag = ref Unsafe.Add(ref flags, fi);
                    if ((flag & (Significant | Visited)) != Significant)
                    {
                        continue;
                    }

                    Unsafe.Add(ref magnitudes, ((y0 + k) * _width) + x) += raw.Decode() != 0 ? half : -half;
                    flag |= Refined;
                }
            }
        }
    }

    private void Cleanup(ref MqDecoder mqState, int bitPlane, bool segmentationSymbols)
    {
        var mq = mqState;
        var value = (1 << bitPlane) | (1 << (bitPlane - 1));
        ref var flags = ref MemoryMarshal.GetArrayDataReference(_flags);
        ref var magnitudes = ref MemoryMarshal.GetArrayDataReference(_magnitudes);
        ref var contexts = ref MemoryMarshal.GetArrayDataReference(_contexts);
        ref var zc = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(ZeroCoding), _zeroCodingOffset);
        var stride = _stride;
        var width = _width;
        for (var y0 = 0; y0 < _height; y0 += 4)
        {
            var rows = Math.Min(4, _height - y0);
            var column = ((y0 + 1) * stride) + 1;
            var columnData = y0 * width;
            for (var x = 0; x < width; x++, column++, columnData++)
            {
                var k = 0;
                if (rows == 4
                    && ((Unsafe.Add(ref flags, column) | Unsafe.Add(ref flags, column + stride) | Unsafe.Add(ref flags, column + (2 * stride))
                        | (Unsafe.Add(ref flags, column + (3 * stride)) & _lastRowMask)) & (Significant | Visited | 0xFF)) == 0)
                {
                    // Run-length mode: four insignificant samples with empty neighbourhoods.
                    if (mq.Decode(ref Unsafe.Add(ref contexts, RunLengthContext)) == 0)
                    {
                        continue;
                    }

                    k = mq.Decode(ref Unsafe.Add(ref contexts, UniformContext)) << 1;
                    k |= mq.Decode(ref Unsafe.Add(ref contexts, UniformContext));
                    var at = column + (k * stride);
                    var fk = Unsafe.Add(ref flags, at) & (k == 3 ? _lastRowMask : -1);
                    SetSignificant(ref flags, at, DecodeSign(ref mq, ref contexts, fk));
                    Unsafe.Add(ref magnitudes, columnData + (k * width)) = value;
                    k++;
                }

                for (; k < rows; k++)
                {
                    var at = column + (k * stride);
                    ref var flag = ref Unsafe.Add(ref flags, at);
                    var f = flag;
                    if ((f & (Significant | Visited)) != 0)
                    {
                        flag = f & ~Visited;
                        continue;
                    }

                    f &= k == 3 ? _lastRowMask : -1;
                    if (mq.Decode(ref Unsafe.Add(ref contexts, Unsafe.Add(ref zc, f & 0xFF))) != 0)
                    {
                        SetSignificant(ref flags, at, DecodeSign(ref mq, ref contexts, f));
                        Unsafe.Add(ref magnitudes, columnData + (k * width)) = value;
                    }
                }
            }
        }

        if (segmentationSymbols)
        {
            // The symbol 1010 closes every cleanup pass; a mismatch only means damage, which the
            // decoder tolerates like OpenJPEG does.
            for (var i = 0; i < 4; i++)
            {
                mq.Decode(ref Unsafe.Add(ref contexts, UniformContext));
            }
        }

        mqState = mq;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool DecodeSign(ref MqDecoder mq, ref byte contexts, int f)
    {
        var entry = SignCoding[(f & 0x0F) | ((f >> 4) & 0xF0)];
        return (mq.Decode(ref Unsafe.Add(ref contexts, entry >> 1)) ^ (entry & 1)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetSignificant(ref int flags, int at, bool negative)
    {
        var s = _stride;
        var sign = negative ? 1 : 0;
        Unsafe.Add(ref flags, at - s) |= South | (sign * SouthNegative);
        Unsafe.Add(ref flags, at + s) |= North | (sign * NorthNegative);
        Unsafe.Add(ref flags, at - 1) |= East | (sign * EastNegative);
        Unsafe.Add(ref flags, at + 1) |= West | (sign * WestNegative);
        Unsafe.Add(ref flags, at - s - 1) |= SouthEast;
        Unsafe.Add(ref flags, at - s + 1) |= SouthWest;
        Unsafe.Add(ref flags, at + s - 1) |= NorthEast;
        Unsafe.Add(ref flags, at + s + 1) |= NorthWest;
        Unsafe.Add(ref flags, at) |= Significant | (sign * Negative);
    }
}
