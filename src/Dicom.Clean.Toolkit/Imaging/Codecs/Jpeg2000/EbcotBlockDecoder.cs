using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using static Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000.EbcotContexts;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Decodes a Part 1 code-block (T.800 Annex D): significance propagation, magnitude refinement
/// and cleanup passes over stripes of four rows, with every code-block style (bypass, reset,
/// terminate all, vertically causal, segmentation symbols). Each sample has a flag word holding
/// its own state and the significance (and sign) of its eight neighbours, kept up to date as
/// samples become significant, so a context is one table lookup. Magnitudes keep one extra
/// fraction bit and are reconstructed at the middle of the last decoded interval, as OpenJPEG
/// does. One instance per thread; buffers are reused between code-blocks. Indexing uses
/// unchecked references: every index is bounded by the block size, checked on entry.
/// </summary>
internal sealed partial class EbcotBlockDecoder
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
    private int _lastRowMask;

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
        if (_width <= 0 || _height <= 0 || _width * _height > MaxSamples || _width > 1024 || _height > 1024)
        {
            throw new DicomException($"JPEG 2000 code-block of {_width} x {_height} samples is not allowed");
        }

        _stride = _width + 2;
        _zeroCodingOffset = band.Orientation * 256;
        _lastRowMask = (style & CodeBlockStyle.VerticallyCausal) != 0 ? ~BelowStripe : -1;
        _flags.AsSpan(0, _stride * (_height + 2)).Clear();
        _magnitudes.AsSpan(0, _width * _height).Clear();
        var planes = band.MagnitudeBits - block.ZeroBitPlanes;
        var bitPlane = roiShift + planes;
        if (planes <= 0 || bitPlane >= 31)
        {
            warnings.Add($"JPEG 2000 code-block with {planes} magnitude bit-planes (ROI shift {roiShift}) cannot be decoded; left at zero");
            Store(roiShift, reversible, band.StepSize, output, outputStride);
            return;
        }

        ResetContexts();
        var passType = 2;
        var mq = default(MqDecoder);
        var raw = default(RawBitDecoder);
        var position = block.ArenaStart;
        var segmentation = (style & CodeBlockStyle.SegmentationSymbols) != 0;
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
                        Cleanup(ref mq, bitPlane, segmentation);
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

    private void Store(int roiShift, bool reversible, float step, Span<int> output, int outputStride)
    {
        if (roiShift > 0)
        {
            // Maxshift ROI: magnitudes at or above 2^s belong to the region and come down by s.
            var threshold = 1 << roiShift;
            var magnitudes = _magnitudes.AsSpan(0, _width * _height);
            for (var i = 0; i < magnitudes.Length; i++)
            {
                magnitudes[i] = magnitudes[i] >= threshold ? magnitudes[i] >> roiShift : magnitudes[i];
            }
        }

        var floats = MemoryMarshal.Cast<int, float>(output);
        for (var y = 0; y < _height; y++)
        {
            var flags = _flags.AsSpan(((y + 1) * _stride) + 1, _width);
            var magnitudes = _magnitudes.AsSpan(y * _width, _width);
            if (reversible)
            {
                CoefficientStore.Reversible(magnitudes, flags, output.Slice(y * outputStride, _width));
            }
            else
            {
                CoefficientStore.Irreversible(magnitudes, flags, floats.Slice(y * outputStride, _width), step);
            }
        }
    }
}
