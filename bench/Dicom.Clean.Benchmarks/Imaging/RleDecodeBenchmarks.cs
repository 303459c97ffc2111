using BenchmarkDotNet.Attributes;
using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.Rle;

namespace Dicom.Clean.Benchmarks.Imaging;

/// <summary>RLE Lossless decoding of the MR frame, encoded once in setup (two PackBits segments).</summary>
[MemoryDiagnoser]
public class RleDecodeBenchmarks
{
    private readonly RleLosslessDecoder _decoder = new();
    private byte[] _encoded = [];
    private byte[] _destination = [];
    private FrameDescriptor _frame;

    [GlobalSetup]
    public void Setup()
    {
        var image = BenchmarkImage.Mr512;
        _frame = image.Attributes.ToFrameDescriptor();
        _destination = new byte[_frame.DecodedLength];
        var high = new byte[_frame.PixelCount];
        var low = new byte[_frame.PixelCount];
        for (var i = 0; i < high.Length; i++)
        {
            low[i] = image.Pixels[2 * i];
            high[i] = image.Pixels[(2 * i) + 1];
        }

        var segments = new[] { PackBitsEncoder.Encode(high), PackBitsEncoder.Encode(low) };
        var header = new byte[64];
        BitConverter.TryWriteBytes(header, 2u);
        BitConverter.TryWriteBytes(header.AsSpan(4), 64u);
        BitConverter.TryWriteBytes(header.AsSpan(8), (uint)(64 + segments[0].Length));
        _encoded = [.. header, .. segments[0], .. segments[1]];
    }

    [Benchmark]
    public int DecodeMrFrame()
    {
        _decoder.Decode(_encoded, _frame, 0, _destination);
        return _destination[0];
    }
}
