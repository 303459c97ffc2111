using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;

/// <summary>Runs the decoder on test streams and expresses expected output in its layout.</summary>
internal static class JpegTestDecoding
{
    public static FrameDescriptor Descriptor(JpegTestImage image, string photometric = "", bool signed = false, int? bitsAllocated = null) =>
        new(image.Height, image.Width, image.Components.Length, bitsAllocated ?? (image.Precision <= 8 ? 8 : 16), image.Precision, signed,
            photometric.Length > 0 ? photometric : image.Components.Length == 1 ? "MONOCHROME2" : "RGB", 0);

    /// <summary>Decodes and returns the samples as integers, whatever their size in bytes.</summary>
    public static int[] Decode(byte[] stream, FrameDescriptor descriptor, out DecodedFrameInfo info)
    {
        var output = new byte[descriptor.DecodedLength];
        info = new JpegDecoder().Decode(stream, descriptor, 0, output);
        return Samples(output, descriptor.BytesPerSample, descriptor.IsSigned);
    }

    public static int[] Decode(byte[] stream, JpegTestImage image) => Decode(stream, Descriptor(image), out _);

    public static int[] Samples(byte[] output, int bytesPerSample, bool signed = false)
    {
        if (bytesPerSample == 1)
        {
            return output.Select(b => signed ? (int)(sbyte)b : b).ToArray();
        }

        var result = new int[output.Length / 2];
        for (var i = 0; i < result.Length; i++)
        {
            var value = output[2 * i] | (output[(2 * i) + 1] << 8);
            result[i] = signed ? (short)value : value;
        }

        return result;
    }

    /// <summary>
    /// The image's samples interleaved at full resolution, subsampled components replicated
    /// (the output of a lossless decoder, which never uses fancy upsampling), optionally scaled.
    /// </summary>
    public static int[] Interleaved(JpegTestImage image, Func<int, int>? map = null)
    {
        var n = image.Components.Length;
        var result = new int[image.Width * image.Height * n];
        for (var ci = 0; ci < n; ci++)
        {
            var c = image.Components[ci];
            int width = image.ComponentWidth(c), hx = image.MaxH / c.H, vx = image.MaxV / c.V;
            for (var y = 0; y < image.Height; y++)
            {
                for (var x = 0; x < image.Width; x++)
                {
                    int value = c.Samples[(y / vx * width) + (x / hx)];
                    result[(((y * image.Width) + x) * n) + ci] = map is null ? value : map(value);
                }
            }
        }

        return result;
    }
}
