using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Runs <see cref="HtBlockDecoder"/> on an HT code-block: picks the last HT set's cleanup and
/// refinement segments out of the block's segments, works out the cleanup bit-plane (one lower
/// per set of placeholder passes before it) and writes the reconstructed coefficients.
/// </summary>
internal sealed class HtCodeBlockDecoder
{
    private readonly HtBlockDecoder _decoder = new();

    /// <summary>Decodes <paramref name="block"/> into <paramref name="output"/> (row pitch <paramref name="outputStride"/>).</summary>
    public void Decode(CodeBlock block, SubBand band, CodeBlockStyle style, int roiShift, bool reversible, byte[] arena,
        Span<int> output, int outputStride, DecodeWarnings warnings)
    {
        var width = block.X1 - block.X0;
        var height = block.Y1 - block.Y0;
        var segments = block.Segments;
        var cleanup = -1;
        var start = block.ArenaStart;
        var cleanupStart = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].FirstPass % 3 == 0 && segments[i].Length > 0)
            {
                cleanup = i;
                cleanupStart = start;
            }

            start += segments[i].Length + 2;
        }

        if (cleanup < 0)
        {
            Clear(output, outputStride, width, height);
            return;
        }

        var cleanupSegment = segments[cleanup];
        var passes = 1;
        ReadOnlySpan<byte> refinement = [];
        if (cleanup + 1 < segments.Count && segments[cleanup + 1].FirstPass == cleanupSegment.FirstPass + 1)
        {
            passes += Math.Min(segments[cleanup + 1].Passes, 2);
            refinement = arena.AsSpan(cleanupStart + cleanupSegment.Length + 2, segments[cleanup + 1].Length);
        }

        var bitPlane = band.MagnitudeBits - block.ZeroBitPlanes - 1 - (cleanupSegment.FirstPass / 3) + roiShift;
        if (bitPlane < 0 || band.MagnitudeBits + roiShift > 30)
        {
            warnings.Add($"JPEG 2000 HT code-block with {band.MagnitudeBits} magnitude bit-planes cannot be decoded; left at zero");
            Clear(output, outputStride, width, height);
            return;
        }

        var causal = (style & CodeBlockStyle.VerticallyCausal) != 0;
        if (!_decoder.Decode(arena.AsSpan(cleanupStart, cleanupSegment.Length), refinement, passes, bitPlane, width, height, causal))
        {
            warnings.Add("JPEG 2000 HT code-block is malformed; left at zero");
        }

        Store(roiShift, reversible, band.StepSize, width, height, output, outputStride);
    }

    private void Store(int roiShift, bool reversible, float step, int width, int height, Span<int> output, int outputStride)
    {
        var values = _decoder.Values;
        var stride = _decoder.Stride;
        for (var y = 0; y < height; y++)
        {
            var row = values.Slice(((y + 1) * stride) + 1, width);
            if (roiShift > 0)
            {
                var copy = row.ToArray();
                var threshold = 1 << roiShift;
                for (var x = 0; x < copy.Length; x++)
                {
                    var magnitude = copy[x] & int.MaxValue;
                    copy[x] = (copy[x] & int.MinValue) | (magnitude >= threshold ? magnitude >> roiShift : magnitude);
                }

                row = copy;
            }

            CoefficientStore.SignMagnitude(row, output.Slice(y * outputStride, width), reversible, step);
        }
    }

    private static void Clear(Span<int> output, int outputStride, int width, int height)
    {
        for (var y = 0; y < height; y++)
        {
            output.Slice(y * outputStride, width).Clear();
        }
    }
}
