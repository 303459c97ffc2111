using BenchmarkDotNet.Attributes;
using Dicom.Clean.Benchmarks.Toolkit;
using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

namespace Dicom.Clean.Benchmarks.Jpeg2000;

/// <summary>
/// Decode of the bare JPEG 2000 and HTJ2K conformance streams of the shared corpus (codestreams/15444),
/// single-threaded and with all cores, plus any streams listed in J2K_BENCH_FILES (separated by the
/// path separator). Compare the single-threaded figures with
/// <c>opj_decompress -threads 1 -i f.j2k -o f.rawl</c> (docs/benchmarks.md).
/// </summary>
[MemoryDiagnoser]
public class Jpeg2000DecodeBenchmarks
{
    private byte[] _stream = [];
    private byte[] _output = [];
    private FrameDescriptor _frame;
    private Jpeg2000Decoder _decoder = new();

    /// <summary>The stream: a path under codestreams/15444 of the corpus, or a file path.</summary>
    [ParamsSource(nameof(Streams))]
    public string Stream { get; set; } = "";

    /// <summary>Threads per frame: 1, or -1 for all cores.</summary>
    [Params(1, -1)]
    public int Threads { get; set; }

    public static IEnumerable<string> Streams()
    {
        yield return "2KLS/693.j2k";
        yield return "2KLS/oj36.j2k";
        yield return "HTJ2K/Bretagne1_ht.j2k";
        yield return "HTJ2K/Bretagne1_ht_lossy.j2k";
        var extra = Environment.GetEnvironmentVariable("J2K_BENCH_FILES");
        foreach (var path in (extra ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return path;
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _stream = File.ReadAllBytes(File.Exists(Stream) ? Stream : Path.Combine(BenchmarkCorpus.SharedFolder(), "corpus", "codestreams", "15444", Stream));
        var size = CodestreamParser.Parse(Jp2Container.FindCodestream(_stream, out _), new DecodeWarnings()).Size;
        var samples = size.Components.Count;
        var precision = size.Components.Max(c => c.Precision);
        _frame = new FrameDescriptor(size.Height - size.OffsetY, size.Width - size.OffsetX, samples, precision <= 8 ? 8 : 16, precision,
            size.Components[0].IsSigned, samples == 3 ? "RGB" : "MONOCHROME2", 0);
        _output = new byte[_frame.DecodedLength];
        _decoder = new Jpeg2000Decoder(Threads);
    }

    [Benchmark]
    public DecodedFrameInfo Decode() => _decoder.Decode(_stream, _frame, 0, _output);
}
