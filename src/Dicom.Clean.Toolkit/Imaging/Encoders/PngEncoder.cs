using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Dicom.Clean.Toolkit.Imaging.Rendering;

namespace Dicom.Clean.Toolkit.Imaging.Encoders;

/// <summary>
/// Writes PNG files (8-bit grey, 8-bit RGB, 16-bit grey) with the base library's zlib and
/// System.IO.Hashing's CRC-32: signature, IHDR, IDAT chunks of at most 64 KiB, IEND; not interlaced.
/// </summary>
public static class PngEncoder
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Encodes a rendered frame.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="output">Where the PNG goes.</param>
    /// <param name="options">Filter and compression; <see cref="PngEncoderOptions.Default"/> when null.</param>
    public static void Encode(RenderedFrame frame, Stream output, PngEncoderOptions? options = null) =>
        Encode(frame.Pixels, frame.Width, frame.Height, frame.Format, output, options);

    /// <summary>Encodes a rendered frame.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="output">Where the PNG goes.</param>
    /// <param name="options">Filter and compression; <see cref="PngEncoderOptions.Default"/> when null.</param>
    public static void Encode(RenderedFrame frame, IBufferWriter<byte> output, PngEncoderOptions? options = null) =>
        Encode(frame.Pixels, frame.Width, frame.Height, frame.Format, output, options);

    /// <summary>Encodes pixels to a buffer writer.</summary>
    /// <param name="pixels">Rows top to bottom, no padding; Gray16 samples little endian.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="format">Pixel layout.</param>
    /// <param name="output">Where the PNG goes.</param>
    /// <param name="options">Filter and compression; <see cref="PngEncoderOptions.Default"/> when null.</param>
    public static void Encode(
        ReadOnlySpan<byte> pixels, int width, int height, RenderedPixelFormat format, IBufferWriter<byte> output,
        PngEncoderOptions? options = null)
    {
        using var stream = new BufferWriterStream(output);
        Encode(pixels, width, height, format, stream, options);
    }

    /// <summary>Encodes pixels to a stream.</summary>
    /// <param name="pixels">Rows top to bottom, no padding; Gray16 samples little endian.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="format">Pixel layout.</param>
    /// <param name="output">Where the PNG goes.</param>
    /// <param name="options">Filter and compression; <see cref="PngEncoderOptions.Default"/> when null.</param>
    public static void Encode(
        ReadOnlySpan<byte> pixels, int width, int height, RenderedPixelFormat format, Stream output, PngEncoderOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        options ??= PngEncoderOptions.Default;
        var bytesPerPixel = RenderedFrame.BytesPerPixel(format);
        var stride = checked(width * bytesPerPixel);
        ArgumentOutOfRangeException.ThrowIfLessThan(pixels.Length, (long)stride * height, nameof(pixels));

        output.Write(Signature);
        WriteHeader(output, width, height, format);
        WriteImageData(pixels, height, stride, bytesPerPixel, format == RenderedPixelFormat.Gray16, output, options);
        PngChunkWriter.Write(output, "IEND"u8, []);
    }

    private static void WriteHeader(Stream output, int width, int height, RenderedPixelFormat format)
    {
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = format == RenderedPixelFormat.Gray16 ? (byte)16 : (byte)8;     // bit depth
        header[9] = format == RenderedPixelFormat.Rgb24 ? (byte)2 : (byte)0;       // colour type: truecolour or greyscale
        header[10] = 0;                                                            // deflate
        header[11] = 0;                                                            // adaptive filtering
        header[12] = 0;                                                            // no interlace
        PngChunkWriter.Write(output, "IHDR"u8, header);
    }

    private static void WriteImageData(
        ReadOnlySpan<byte> pixels, int height, int stride, int bytesPerPixel, bool bigEndian16, Stream output, PngEncoderOptions options)
    {
        var pool = ArrayPool<byte>.Shared;
        var rows = pool.Rent(3 * stride);
        var filtered = pool.Rent(stride + 1);
        var candidates = options.Filter == PngFilter.Adaptive ? pool.Rent(5 * (stride + 1)) : null;
        try
        {
            using var idat = new PngIdatStream(output);
            var zlibOptions = new ZLibCompressionOptions
            {
                CompressionLevel = Math.Clamp(options.CompressionLevel, 0, 9),
                CompressionStrategy = options.CompressionStrategy,
            };
            using (var zlib = new ZLibStream(idat, zlibOptions, leaveOpen: true))
            {
                var previous = rows.AsSpan(0, stride);
                var current = rows.AsSpan(stride, stride);
                previous.Clear();
                for (var y = 0; y < height; y++)
                {
                    var source = pixels.Slice(y * stride, stride);
                    if (bigEndian16)
                    {
                        // PNG stores 16-bit samples big endian; rendered frames hold them little endian.
                        PixelSwap(source, current);
                    }
                    else
                    {
                        source.CopyTo(current);
                    }

                    var line = filtered.AsSpan(0, stride + 1);
                    if (candidates is null)
                    {
                        line[0] = (byte)options.Filter;
                        PngRowFilters.Apply(options.Filter, current, previous, bytesPerPixel, line[1..]);
                    }
                    else
                    {
                        line = PngRowFilters.ChooseAdaptive(current, previous, bytesPerPixel, candidates.AsSpan(0, 5 * (stride + 1)));
                    }

                    zlib.Write(line);
                    var swap = previous;
                    previous = current;
                    current = swap;
                }
            }

            idat.Flush();
        }
        finally
        {
            pool.Return(rows);
            pool.Return(filtered);
            if (candidates is not null)
            {
                pool.Return(candidates);
            }
        }
    }

    private static void PixelSwap(ReadOnlySpan<byte> source, Span<byte> destination) =>
        BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, ushort>(source), MemoryMarshal.Cast<byte, ushort>(destination));
}
