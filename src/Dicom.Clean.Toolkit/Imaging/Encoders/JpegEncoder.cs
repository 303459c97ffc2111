using System.Buffers;
using Dicom.Clean.Toolkit.Imaging.Rendering;

namespace Dicom.Clean.Toolkit.Imaging.Encoders;

/// <summary>
/// A baseline (sequential DCT, Huffman, 8-bit) JPEG encoder for rendered frames: JFIF, the example
/// tables of T.81 Annex K scaled by a quality setting, grey or YCbCr 4:2:0 / 4:4:4. BCL only.
/// </summary>
public static class JpegEncoder
{
    private const int MaxDimension = ushort.MaxValue;

    /// <summary>Encodes a rendered frame (Gray8 or Rgb24).</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="output">Where the JPEG goes.</param>
    /// <param name="options">Quality and subsampling; <see cref="JpegEncoderOptions.Default"/> when null.</param>
    public static void Encode(RenderedFrame frame, Stream output, JpegEncoderOptions? options = null) =>
        Encode(frame.Pixels, frame.Width, frame.Height, frame.Format, output, options);

    /// <summary>Encodes a rendered frame (Gray8 or Rgb24).</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="output">Where the JPEG goes.</param>
    /// <param name="options">Quality and subsampling; <see cref="JpegEncoderOptions.Default"/> when null.</param>
    public static void Encode(RenderedFrame frame, IBufferWriter<byte> output, JpegEncoderOptions? options = null) =>
        Encode(frame.Pixels, frame.Width, frame.Height, frame.Format, output, options);

    /// <summary>Encodes pixels to a buffer writer.</summary>
    /// <param name="pixels">Rows top to bottom, no padding.</param>
    /// <param name="width">Width in pixels, at most 65535.</param>
    /// <param name="height">Height in pixels, at most 65535.</param>
    /// <param name="format">Gray8 or Rgb24.</param>
    /// <param name="output">Where the JPEG goes.</param>
    /// <param name="options">Quality and subsampling; <see cref="JpegEncoderOptions.Default"/> when null.</param>
    public static void Encode(
        ReadOnlySpan<byte> pixels, int width, int height, RenderedPixelFormat format, IBufferWriter<byte> output,
        JpegEncoderOptions? options = null)
    {
        using var stream = new BufferWriterStream(output);
        Encode(pixels, width, height, format, stream, options);
    }

    /// <summary>Encodes pixels to a stream.</summary>
    /// <param name="pixels">Rows top to bottom, no padding.</param>
    /// <param name="width">Width in pixels, at most 65535.</param>
    /// <param name="height">Height in pixels, at most 65535.</param>
    /// <param name="format">Gray8 or Rgb24.</param>
    /// <param name="output">Where the JPEG goes.</param>
    /// <param name="options">Quality and subsampling; <see cref="JpegEncoderOptions.Default"/> when null.</param>
    public static void Encode(
        ReadOnlySpan<byte> pixels, int width, int height, RenderedPixelFormat format, Stream output, JpegEncoderOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxDimension);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxDimension);
        if (format == RenderedPixelFormat.Gray16)
        {
            throw new ArgumentException("Baseline JPEG holds 8-bit samples; render for display or use PNG for 16-bit output.", nameof(format));
        }

        options ??= JpegEncoderOptions.Default;
        var color = format == RenderedPixelFormat.Rgb24;
        ArgumentOutOfRangeException.ThrowIfLessThan(pixels.Length, (long)width * height * (color ? 3 : 1), nameof(pixels));

        var luminance = JpegTables.Scale(JpegTables.LuminanceQuantization, options.Quality);
        var chrominance = JpegTables.Scale(JpegTables.ChrominanceQuantization, options.Quality);
        var subsample = color && options.ChromaSubsampling == JpegChromaSubsampling.Yuv420;

        using var writer = new JpegBitWriter(output);
        JpegHeaderWriter.WriteHeaders(writer, width, height, color, subsample, luminance, chrominance);
        var scan = new JpegScanEncoder(writer, JpegForwardDct.Reciprocals(luminance), JpegForwardDct.Reciprocals(chrominance));
        if (!color)
        {
            scan.EncodeGray(pixels, width, height);
        }
        else if (subsample)
        {
            scan.EncodeColor420(pixels, width, height);
        }
        else
        {
            scan.EncodeColor444(pixels, width, height);
        }

        writer.PadToByte();
        writer.WriteBytes([0xFF, 0xD9]);
        writer.Flush();
    }
}
