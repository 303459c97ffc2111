using System.Runtime.InteropServices;
using static Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000.EbcotContexts;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Decodes a Part 1 code-block (T.800 Annex D): significance propagation, magnitude refinement
/// and cleanup passes over stripes of four rows, with every code-block style (bypass, reset,
/// terminate all, vertically causal, segmentation symbols). Magnitudes are kept with one extra
/// fraction bit and reconstructed at the middle of the last decoded interval, as OpenJPEG does.
/// One instance per thread; it reuses its buffers between code-blocks.
/// </summary>
internal sealed class EbcotBlockDecoder
{
    // Own-state bits of a flag word, above the neighbour bits of EbcotContexts.
    private const int Significant = 1 << 12;
    private const int Visited = 1 << 13;
    private const int Refined = 1 << 14;
    private const int Negative = 1 << 15;

    // What the next stripe contributes to a stripe's last row: ignored when vertically causal.
    private const int BelowStripe = South | SouthWest | SouthEast | SouthNegative;

    private const int MaxSamples = 4096;
    private const int MaxFlags = MaxSamples + (2 * (1024 + 4)) + 4;

    private readonly int[] _flags = new int[MaxFlags];
    private readonly int[] _magnitudes = new int[MaxSamples];
    private readonly byte[] _contexts = new byte[19];
    private int _width;
    private int _height;
    private int _stride;
    private int _zeroCodingOffset;
    private bool _causal;

    /// <summary>Decoded magnitudes (with the fraction bit), row-major, <see cref="Width"/> wide.</summary>
    public ReadOnlySpan<int> Magnitudes => _magnitudes.AsSpan(0, _width * _height);

    /// <summary>Width of the last block decoded.</summary>
    public int Width => _width;

    /// <summary>Height of the last block decoded.</summary>
    public int Height => _height;

    /// <summary>
    /// Decodes <paramref name="block"/>, whose segments lie in <paramref name="arena"/>, into
    /// signed coefficients written to <paramref name="output"/> (row stride
    /// <paramref name="outputStride"/>): integers for the reversible path, floats scaled by the
    /// band's step size otherwise.
    /// </summary>
    public void Decode(CodeBlock block, SubBand band, CodeBlockStyle style, int roiShift, bool reversible, byte[] arena,
        Span<int> output, int outputStride, DecodeWarnings warnings)
    {
        _width = block.X1 - block.X0;
        _height = block.Y1 - block.Y0;
        _stride = _width + 2;
        _zeroCodingOffset = band.Orientation * 256;
        _causal = (style & CodeBlockStyle.VerticallyCausal) != 0;
        _flags.AsSpan(0, _stride * (_height + 2)).Clear();
        _magnitudes.AsSpan(0, _width * _height).Clear();
        var planes = band.MagnitudeBits - block.ZeroBitPlanes;
        var bitPlane = roiShift + planes;
        if (planes <= 0 || bitPlane >= 31)
        {
            warnings.Add($"JPEG 2000 code-block with {planes} magnitude bit-planes (ROI shift {roiShift}) cannot be decoded; left at zero");
            return;
        }

        ResetContexts();
        var passType = 2;
        var mq = default(MqDecoder);
        var raw = default(RawBitDecoder);
        var position = block.ArenaStart;
        foreach (var segment in block.Segments)
        {
            var bypassed = (style & CodeBlockStyle.Bypass) != 0 && bitPlane <= planes - 4 && passType < 2;
            if (bypassed)
            {
                raw.Start(arena, position);
            }
            else
            {
                mq.Start(arena, position);
            }

            position += segment.Length + 2;
            for (var pass = 0; pass < segment.Passes && bitPlane >= 1; pass++)
            {
                switch (passType)
                {
                    case 0 when bypassed:
                        SignificanceRaw(ref raw, bitPlane);
                        break;
                    case 0:
                        Significance(ref mq, bitPlane);
                        break;
                    case 1 when bypassed:
                        RefinementRaw(ref raw, bitPlane);
                        break;
                    case 1:
                        Refinement(ref mq, bitPlane);
                        break;
                    default:
                        Cleanup(ref mq, bitPlane, (style & CodeBlockStyle.SegmentationSymbols) != 0);
                        break;
                }

                if ((style & CodeBlockStyle.Reset) != 0 && !bypassed)
                {
                    ResetContexts();
                }

                if (++passType == 3)
                {
                    passType = 0;
                    bitPlane--;
                }
            }
        }

        Store(roiShift, reversible, band.StepSize, output, outputStride);
    }

    private void ResetContexts()
    {
        _contexts.AsSpan().Clear();
        _contexts[UniformContext] = MqStates.Uniform;
        _contexts[RunLengthContext] = MqStates.RunLength;
        _contexts[0] = MqStates.ZeroCodingFirst;
    }

    private int Masked(int flags, int row) => _causal && (row & 3) == 3 ? flags & ~BelowStripe : flags;

    private void Significance(ref MqDecoder mq, int bitPlane)
    {
        var value = (1 << bitPlane) | (1 << (bitPlane - 1));
        var flags = _flags.AsSpan();
        var contexts = _contexts.AsSpan();
        var zc = ZeroCoding.AsSpan(_zeroCodingOffset, 256);
        for (var y0 = 0; y0 < _height; y0 += 4)
        {
            var rows = Math.Min(4, _height - y0);
            for (var x = 0; x < _width; x++)
            {
                var fi = ((y0 + 1) * _stride) + x + 1;
                for (var k = 0; k < rows; k++, fi += _stride)
                {
                    var f = Masked(flags[fi], k);
                    if ((f & (Significant | Visited)) != 0 || (f & 0xFF) == 0)
                    {
                        continue;
                    }

                    if (mq.Decode(ref contexts[zc[f & 0xFF]]) != 0)
                    {
                        var negative = DecodeSign(ref mq, f);
                        SetSignificant(fi, negative);
                        _magnitudes[((y0 + k) * _width) + x] = value;
                    }

                    flags[fi] |= Visited;
                }
            }
        }
    }

    private void SignificanceRaw(ref RawBitDecoder raw, int bitPlane)
    {
        var value = (1 << bitPlane) | (1 << (bitPlane - 1));
        var flags = _flags.AsSpan();
        for (var y0 = 0; y0 < _height; y0 += 4)
        {
            var rows = Math.Min(4, _height - y0);
            for (var x = 0; x < _width; x++)
            {
                var fi = ((y0 + 1) * _stride) + x + 1;
                for (var k = 0; k < rows; k++, fi += _stride)
                {
                    var f = Masked(flags[fi], k);
                    if ((f & (Significant | Visited)) != 0 || (f & 0xFF) == 0)
                    {
                        continue;
                    }

                    if (raw.Decode() != 0)
                    {
                        SetSignificant(fi, raw.Decode() != 0);
                        _magnitudes[((y0 + k) * _width) + x] = value;
                    }

                    flags[fi] |= Visited;
                }
            }
        }
    }

    private void Refinement(ref MqDecoder mq, int bitPlane)
    {
        var half = 1 << (bitPlane - 1);
        var flags = _flags.AsSpan();
        var contexts = _contexts.AsSpan();
        for (var y0 = 0; y0 < _height; y0 += 4)
        {
            var rows = Math.Min(4, _height - y0);
            for (var x = 0; x < _width; x++)
            {
                var fi = ((y0 + 1) * _stride) + x + 1;
                for (var k = 0; k < rows; k++, fi += _stride)
                {
                    var f = flags[fi];
                    if ((f & (Significant | Visited)) != Significant)
                    {
                        continue;
                    }

                    var context = (f & Refined) != 0 ? 16 : ((Masked(f, k) & 0xFF) != 0 ? 15 : 14);
                    var di = ((y0 + k) * _width) + x;
                    _magnitudes[di] += mq.Decode(ref contexts[context]) != 0 ? half : -half;
                    flags[fi] = f | Refined;
                }
            }
        }
    }

    private void RefinementRaw(ref RawBitDecoder raw, int bitPlane)
    {
        var half = 1 << (bitPlane - 1);
        var flags = _flags.AsSpan();
        for (var y0 = 0; y0 < _height; y0 += 4)
        {
            var rows = Math.Min(4, _height - y0);
            for (var x = 0; x < _width; x++)
            {
                var fi = ((y0 + 1) * _stride) + x + 1;
                for (var k = 0; k < rows; k++, fi += _stride)
                {
                    var f = flags[fi];
                    if ((f & (Significant | Visited)) != Significant)
                    {
                        continue;
                    }

                    var di = ((y0 + k) * _width) + x;
                    _magnitudes[di] += raw.Decode() != 0 ? half : -half;
                    flags[fi] = f | Refined;
                }
            }
        }
    }

    private void Cleanup(ref MqDecoder mq, int bitPlane, bool segmentationSymbols)
    {
        var value = (1 << bitPlane) | (1 << (bitPlane - 1));
        var flags = _flags.AsSpan();
        var contexts = _contexts.AsSpan();
        var zc = ZeroCoding.AsSpan(_zeroCodingOffset, 256);
        for (var y0 = 0; y0 < _height; y0 += 4)
        {
            var rows = Math.Min(4, _height - y0);
            for (var x = 0; x < _width; x++)
            {
                var fi = ((y0 + 1) * _stride) + x + 1;
                var k = 0;
                if (rows == 4
                    && ((flags[fi] | flags[fi + _stride] | flags[fi + (2 * _stride)] | Masked(flags[fi + (3 * _stride)], 3))
                        & (Significant | Visited | 0xFF)) == 0)
                {
                    if (mq.Decode(ref contexts[RunLengthContext]) == 0)
                    {
                        continue;
                    }

                    k = mq.Decode(ref contexts[UniformContext]) << 1;
                    k |= mq.Decode(ref contexts[UniformContext]);
                    var at = fi + (k * _stride);
                    var negative = DecodeSign(ref mq, Masked(flags[at], k));
                    SetSignificant(at, negative);
                    _magnitudes[((y0 + k) * _width) + x] = value;
                    k++;
                    fi = at + _stride;
                }

                for (; k < rows; k++, fi += _stride)
                {
                    var f = flags[fi];
                    if ((f & Visited) != 0)
                    {
                        flags[fi] = f & ~Visited;
                        continue;
                    }

                    if ((f & Significant) != 0)
                    {
                        continue;
                    }

                    f = Masked(f, k);
                    if (mq.Decode(ref contexts[zc[f & 0xFF]]) != 0)
                    {
                        var negative = DecodeSign(ref mq, f);
                        SetSignificant(fi, negative);
                        _magnitudes[((y0 + k) * _width) + x] = value;
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
                mq.Decode(ref contexts[UniformContext]);
            }
        }
    }

    private bool DecodeSign(ref MqDecoder mq, int f)
    {
        var entry = SignCoding[(f & 0x0F) | ((f >> 4) & 0xF0)];
        return (mq.Decode(ref _contexts[entry >> 1]) ^ (entry & 1)) != 0;
    }

    private void SetSignificant(int fi, bool negative)
    {
        var flags = _flags.AsSpan();
        var s = _stride;
        flags[fi - s] |= negative ? South | SouthNegative : South;
        flags[fi + s] |= negative ? North | NorthNegative : North;
        flags[fi - 1] |= negative ? East | EastNegative : East;
        flags[fi + 1] |= negative ? West | WestNegative : West;
        flags[fi - s - 1] |= SouthEast;
        flags[fi - s + 1] |= SouthWest;
        flags[fi + s - 1] |= NorthEast;
        flags[fi + s + 1] |= NorthWest;
        flags[fi] |= negative ? Significant | Negative : Significant;
    }

    private void Store(int roiShift, bool reversible, float step, Span<int> output, int outputStride)
    {
        var floats = MemoryMarshal.Cast<int, float>(output);
        var threshold = roiShift > 0 ? 1 << roiShift : int.MaxValue;
        for (var y = 0; y < _height; y++)
        {
            var fi = ((y + 1) * _stride) + 1;
            var row = y * outputStride;
            for (var x = 0; x < _width; x++, fi++)
            {
                var magnitude = _magnitudes[(y * _width) + x];
                if (magnitude >= threshold)
                {
                    magnitude >>= roiShift;
                }

                var negative = (_flags[fi] & Negative) != 0;
                if (reversible)
                {
                    output[row + x] = negative ? -(magnitude >> 1) : magnitude >> 1;
                }
                else
                {
                    floats[row + x] = (negative ? -magnitude : magnitude) * step;
                }
            }
        }
    }
}
