using System.Buffers;
using BenchmarkDotNet.Attributes;
using Dicom.Clean.Toolkit.Imaging.Encoders;
using Dicom.Clean.Toolkit.Imaging.Rendering;

namespace Dicom.Clean.Benchmarks.Imaging;

/// <summary>PNG and JPEG encoding of the rendered MR and DX frames, into a reused buffer writer.</summary>
[MemoryDiagnoser]
public class EncoderBenchmarks
{
    private RenderedFrame _frame = null!;
    private byte[] _rgb = [];
    private ArrayBufferWriter<byte> _output = null!;

    [ParamsSource(nameof(Images))]
    public BenchmarkImage Image { get; set; } = BenchmarkImage.Mr512;

    public static IEnumerable<BenchmarkImage> Images => [BenchmarkImage.Mr512, BenchmarkImage.Dx1537];

    [GlobalSetup]
    public void Setup()
    {
        _frame = FrameRenderer.Render(Image.Attributes, 0, Image.Pixels);
        _rgb = new byte[_frame.Pixels.Length * 3];
        for (var i = 0; i < _frame.Pixels.Length; i++)
        {
            _rgb[3 * i] = _frame.Pixels[i];
            _rgb[(3 * i) + 1] = (byte)(255 - _frame.Pixels[i]);
            _rgb[(3 * i) + 2] = (byte)(i % _frame.Width);
        }

        _output = new ArrayBufferWriter<byte>(_rgb.Length * 2);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _frame.Dispose();
    }

    [Benchmark]
    public long PngGray8Default()
    {
        _output.ResetWrittenCount();
        PngEncoder.Encode(_frame, _output);
        return _output.WrittenCount;
    }

    [Benchmark]
    public long PngGray8UpLevel1()
    {
        _output.ResetWrittenCount();
        PngEncoder.Encode(_frame, _output, UpLevel1);
        return _output.WrittenCount;
    }

    [Benchmark]
    public long JpegGray8Quality90()
    {
        _output.ResetWrittenCount();
        JpegEncoder.Encode(_frame, _output);
        return _output.WrittenCount;
    }

    [Benchmark]
    public long JpegRgb420Quality90()
    {
        _output.ResetWrittenCount();
        JpegEncoder.Encode(_rgb, _frame.Width, _frame.Height, RenderedPixelFormat.Rgb24, _output);
        return _output.WrittenCount;
    }

    private static readonly PngEncoderOptions UpLevel1 = new()
    {
        Filter = PngFilter.Up,
        CompressionStrategy = System.IO.Compression.ZLibCompressionStrategy.Default,
    };
}
