namespace Dicom.Clean.Toolkit.Imaging.Encoders;

/// <summary>
/// Encodes the one scan of a baseline JPEG: cuts the image into MCUs (edges replicated), converts RGB
/// to JFIF YCbCr, subsamples chroma 2x2 by averaging for 4:2:0, transforms, quantises and Huffman
/// codes each block (T.81 F.1.2).
/// </summary>
internal sealed class JpegScanEncoder
{
    private readonly JpegBitWriter _writer;
    private readonly float[] _luminance;
    private readonly float[] _chrominance;
    private readonly float[] _block = new float[64];
    private readonly int[] _coefficients = new int[64];
    private int _predictionY;
    private int _predictionCb;
    private int _predictionCr;

    public JpegScanEncoder(JpegBitWriter writer, float[] luminanceReciprocals, float[] chrominanceReciprocals)
    {
        _writer = writer;
        _luminance = luminanceReciprocals;
        _chrominance = chrominanceReciprocals;
    }

    public void EncodeGray(ReadOnlySpan<byte> pixels, int width, int height)
    {
        for (var by = 0; by < height; by += 8)
        {
            for (var bx = 0; bx < width; bx += 8)
            {
                var interior = bx + 8 <= width;
                for (var y = 0; y < 8; y++)
                {
                    var row = pixels.Slice(Math.Min(by + y, height - 1) * width, width);
                    var target = _block.AsSpan(y * 8, 8);
                    if (interior)
                    {
                        var source = row.Slice(bx, 8);
                        for (var x = 0; x < 8; x++)
                        {
                            target[x] = source[x] - 128f;
                        }
                    }
                    else
                    {
                        for (var x = 0; x < 8; x++)
                        {
                            target[x] = row[Math.Min(bx + x, width - 1)] - 128f;
                        }
                    }
                }

                EncodeBlock(_luminance, ref _predictionY, JpegHuffmanTable.LuminanceDc, JpegHuffmanTable.LuminanceAc);
            }
        }
    }

    public void EncodeColor444(ReadOnlySpan<byte> pixels, int width, int height)
    {
        Span<float> y = stackalloc float[64];
        Span<float> cb = stackalloc float[64];
        Span<float> cr = stackalloc float[64];
        for (var by = 0; by < height; by += 8)
        {
            for (var bx = 0; bx < width; bx += 8)
            {
                for (var py = 0; py < 8; py++)
                {
                    for (var px = 0; px < 8; px++)
                    {
                        var i = (py * 8) + px;
                        ToYCbCr(pixels, width, height, bx + px, by + py, out y[i], out cb[i], out cr[i]);
                    }
                }

                EncodeComponentBlock(y, _luminance, ref _predictionY, luminance: true);
                EncodeComponentBlock(cb, _chrominance, ref _predictionCb, luminance: false);
                EncodeComponentBlock(cr, _chrominance, ref _predictionCr, luminance: false);
            }
        }
    }

    public void EncodeColor420(ReadOnlySpan<byte> pixels, int width, int height)
    {
        Span<float> y = stackalloc float[256];
        Span<float> cb = stackalloc float[256];
        Span<float> cr = stackalloc float[256];
        Span<float> sub = stackalloc float[64];
        for (var my = 0; my < height; my += 16)
        {
            for (var mx = 0; mx < width; mx += 16)
            {
                for (var py = 0; py < 16; py++)
                {
                    for (var px = 0; px < 16; px++)
                    {
                        var i = (py * 16) + px;
                        ToYCbCr(pixels, width, height, mx + px, my + py, out y[i], out cb[i], out cr[i]);
                    }
                }

                // Four luminance blocks in raster order within the MCU, then one Cb and one Cr.
                for (var block = 0; block < 4; block++)
                {
                    var ox = (block & 1) * 8;
                    var oy = (block >> 1) * 8;
                    for (var py = 0; py < 8; py++)
                    {
                        y.Slice(((oy + py) * 16) + ox, 8).CopyTo(sub.Slice(py * 8, 8));
                    }

                    EncodeComponentBlock(sub, _luminance, ref _predictionY, luminance: true);
                }

                Downsample(cb, sub);
                EncodeComponentBlock(sub, _chrominance, ref _predictionCb, luminance: false);
                Downsample(cr, sub);
                EncodeComponentBlock(sub, _chrominance, ref _predictionCr, luminance: false);
            }
        }
    }

    private static void Downsample(ReadOnlySpan<float> full, Span<float> half)
    {
        for (var py = 0; py < 8; py++)
        {
            for (var px = 0; px < 8; px++)
            {
                var i = (2 * py * 16) + (2 * px);
                half[(py * 8) + px] = (full[i] + full[i + 1] + full[i + 16] + full[i + 17]) * 0.25f;
            }
        }
    }

    /// <summary>JFIF RGB to YCbCr, level-shifted by -128, at (x, y) clamped into the image.</summary>
    private static void ToYCbCr(ReadOnlySpan<byte> pixels, int width, int height, int x, int y, out float luma, out float cb, out float cr)
    {
        var offset = 3 * ((Math.Min(y, height - 1) * width) + Math.Min(x, width - 1));
        float r = pixels[offset], g = pixels[offset + 1], b = pixels[offset + 2];
        luma = (0.299f * r) + (0.587f * g) + (0.114f * b) - 128f;
        cb = (-0.168736f * r) - (0.331264f * g) + (0.5f * b);
        cr = (0.5f * r) - (0.418688f * g) - (0.081312f * b);
    }

    private void EncodeComponentBlock(ReadOnlySpan<float> samples, float[] reciprocals, ref int prediction, bool luminance)
    {
        samples.CopyTo(_block);
        EncodeBlock(
            reciprocals,
            ref prediction,
            luminance ? JpegHuffmanTable.LuminanceDc : JpegHuffmanTable.ChrominanceDc,
            luminance ? JpegHuffmanTable.LuminanceAc : JpegHuffmanTable.ChrominanceAc);
    }

    private void EncodeBlock(float[] reciprocals, ref int prediction, JpegHuffmanTable dc, JpegHuffmanTable ac)
    {
        JpegForwardDct.TransformAndQuantize(_block, reciprocals, _coefficients);
        var coefficients = _coefficients;

        var difference = coefficients[0] - prediction;
        prediction = coefficients[0];
        var category = Category(difference);
        _writer.WriteBits((dc.Code(category) << category) | Magnitude(difference, category), dc.Size(category) + category);

        var run = 0;
        for (var k = 1; k < 64; k++)
        {
            var value = coefficients[k];
            if (value == 0)
            {
                run++;
                continue;
            }

            for (; run > 15; run -= 16)
            {
                _writer.WriteBits(ac.Code(0xF0), ac.Size(0xF0));
            }

            category = Category(value);
            var symbol = (run << 4) | category;
            _writer.WriteBits((ac.Code(symbol) << category) | Magnitude(value, category), ac.Size(symbol) + category);
            run = 0;
        }

        if (run > 0)
        {
            _writer.WriteBits(ac.Code(0x00), ac.Size(0x00));
        }
    }

    /// <summary>Number of bits of |value| (T.81 F.1.2.1.1 SSSS).</summary>
    private static int Category(int value)
    {
        var magnitude = value < 0 ? -value : value;
        return magnitude == 0 ? 0 : 32 - int.LeadingZeroCount(magnitude);
    }

    /// <summary>The additional bits: the value, or for negatives its ones' complement in <paramref name="category"/> bits.</summary>
    private static uint Magnitude(int value, int category) => (uint)(value < 0 ? value - 1 : value) & ((1u << category) - 1);
}
