using BenchmarkDotNet.Attributes;
using Dicom.Clean.Benchmarks.Toolkit;
using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

namespace Dicom.Clean.Benchmarks.JpegLs;

/// <summary>
/// Single-threaded decode of 16-bit lossless JPEG-LS frames: the T.87 conformance stream T16E0.JLS
/// (256x256, 12 bits in 16-bit samples) from the shared corpus, plus any bare streams listed in
/// JPEGLS_BENCH_FILES (separated by the path separator), e.g. a 512x512 MR frame from dcmcjpls.
/// Compare with dcmdjpls on the same stream wrapped in DICOM.
/// </summary>
[MemoryDiagnoser]
public class JpegLsDecodeBenchmarks
{
    private readonly JpegLsDecoder _decoder = new();
    private byte[] _stream = [];
    private byte[] _output = [];
    private FrameDescriptor _frame;

    /// <summary>The stream to decode: a name in the corpus's 14495/JLS folder or a path.</summary>
    [ParamsSource(nameof(Streams))]
    public string Stream { get; set; } = "";

    public static IEnumerable<string> Streams()
    {
        yield return "T16E0.JLS";
        var extra = Environment.GetEnvironmentVariable("JPEGLS_BENCH_FILES");
        foreach (var path in (extra ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return path;
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _stream = File.ReadAllBytes(File.Exists(Stream) ? Stream : Path.Combine(BenchmarkCorpus.SharedFolder(), "corpus", "codestreams", "14495", "JLS", Stream));
        var header = new JpegLsCodestreamReader(_stream, 0).ReadHeader();
        var samples = header.Components.Count;
        _frame = new FrameDescriptor(header.Rows, header.Columns, samples, header.Precision <= 8 ? 8 : 16, header.Precision, false, samples == 3 ? "RGB" : "MONOCHROME2", 0);
        _output = new byte[_frame.DecodedLength];
    }

    [Benchmark]
    public DecodedFrameInfo Decode() => _decoder.Decode(_stream, _frame, 0, _output);
}
