using BenchmarkDotNet.Attributes;
using Dicom.Clean.Toolkit.Imaging.Native;
using Dicom.Clean.Toolkit.Imaging.Rendering;

namespace Dicom.Clean.Benchmarks.Imaging;

/// <summary>
/// Decode + LUT to 8-bit of a native little endian frame: locate the frame, find that its stored
/// bytes already are the decoded layout (no copy), then render through the per-frame table.
/// Targets: at most 1 ms for the MR, 6 ms for the DX.
/// </summary>
[MemoryDiagnoser]
public class GrayscaleRenderBenchmarks
{
    [ParamsSource(nameof(Images))]
    public BenchmarkImage Image { get; set; } = BenchmarkImage.Mr512;

    public static IEnumerable<BenchmarkImage> Images => [BenchmarkImage.Mr512, BenchmarkImage.Dx1537];

    [Benchmark]
    public int DecodeAndRenderWindow()
    {
        var format = new NativePixelFormat(Image.Attributes.ToFrameDescriptor());
        var range = NativeFrameDecoder.GetFrameRange(format, 0, Image.Pixels.Length);
        if (!NativeFrameDecoder.IsDecodedLayout(format, range))
        {
            throw new InvalidOperationException("expected an in-place frame");
        }

        using var frame = FrameRenderer.Render(Image.Attributes, 0, Image.Pixels.AsSpan((int)range.Offset, (int)range.Length));
        return frame.Pixels[0];
    }

    [Benchmark]
    public int RenderMinMax()
    {
        using var frame = FrameRenderer.Render(Image.Attributes, 0, Image.Pixels, options: MinMax);
        return frame.Pixels[0];
    }

    private static readonly RenderOptions MinMax = new() { Voi = VoiOptions.MinMax };
}
