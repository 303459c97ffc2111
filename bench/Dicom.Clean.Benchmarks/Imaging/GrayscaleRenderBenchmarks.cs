using BenchmarkDotNet.Attributes;
using Dicom.Clean.Toolkit.Imaging.Native;
using Dicom.Clean.Toolkit.Imaging.Rendering;

namespace Dicom.Clean.Benchmarks.Imaging;

/// <summary>
/// Decode + LUT to 8-bit of frame 1 of the seed MR and DX, parsed once into memory: attributes read
/// from the data set, the frame located and found already in the decoded layout (no copy), then
/// rendered through the per-frame table with the image's first window. Targets: at most 1 ms for
/// the MR, 6 ms for the DX.
/// </summary>
[MemoryDiagnoser]
public class GrayscaleRenderBenchmarks
{
    private static readonly RenderOptions MinMax = new() { Voi = VoiOptions.MinMax };

    [ParamsSource(nameof(Images))]
    public BenchmarkImage Image { get; set; } = BenchmarkImage.Mr512;

    public static IEnumerable<BenchmarkImage> Images => [BenchmarkImage.Mr512, BenchmarkImage.Dx1537];

    [Benchmark]
    public int DecodeAndRenderWindow()
    {
        using var frame = Image.File is { } file
            ? ImageRenderer.Default.Render(file)
            : RenderSynthetic(RenderOptions.Default);
        return frame.Pixels[0];
    }

    [Benchmark]
    public int DecodeAndRenderMinMax()
    {
        using var frame = Image.File is { } file
            ? ImageRenderer.Default.Render(file, 0, MinMax)
            : RenderSynthetic(MinMax);
        return frame.Pixels[0];
    }

    private RenderedFrame RenderSynthetic(RenderOptions options)
    {
        var format = new NativePixelFormat(Image.Attributes.ToFrameDescriptor());
        var range = NativeFrameDecoder.GetFrameRange(format, 0, Image.Pixels.Length);
        return FrameRenderer.Render(Image.Attributes, 0, Image.Pixels.AsSpan((int)range.Offset, (int)range.Length), options: options);
    }
}
