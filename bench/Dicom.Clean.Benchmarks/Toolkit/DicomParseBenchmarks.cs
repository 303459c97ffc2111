using BenchmarkDotNet.Attributes;
using Dicom.Clean.Toolkit;

namespace Dicom.Clean.Benchmarks.Toolkit;

/// <summary>
/// Parse of a whole file held in memory, pixel data left in place (a slice of the input): the seed's
/// 512x512 MR (target: at most 30 us and 16 KB allocated) and pydicom's CT_small. Compare with
/// <c>dcmdump</c> on the same files (bench/compare-dcmtk.sh).
/// </summary>
[MemoryDiagnoser]
public class DicomParseBenchmarks
{
    private byte[] _bytes = [];

    /// <summary>The corpus file, by its short name in <see cref="BenchmarkCorpus.Paths"/>.</summary>
    [Params(BenchmarkCorpus.SeedMR, BenchmarkCorpus.CTSmall)]
    public string File { get; set; } = BenchmarkCorpus.SeedMR;

    [GlobalSetup]
    public void Setup() => _bytes = BenchmarkCorpus.Read(File);

    [Benchmark]
    public int Parse()
    {
        using var file = DicomFile.Read(_bytes);
        return file.Dataset.Count;
    }
}
