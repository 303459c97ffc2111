using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Dicom.Clean.Toolkit;
using Dicom.Clean.Toolkit.Json;

namespace Dicom.Clean.Benchmarks.Toolkit;

/// <summary>
/// DICOM JSON export of a parsed file into a reused buffer: metadata only (pixel data left out, as a
/// DICOMweb metadata response) and the whole data set with pixel data inline as base64 (what
/// <c>dcm2json</c> writes). Parsing is not measured here (see <see cref="DicomParseBenchmarks"/>).
/// </summary>
[MemoryDiagnoser]
public class DicomJsonExportBenchmarks : IDisposable
{
    private static readonly DicomJsonWriterOptions Metadata = new() { IncludePixelData = false };

    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private DicomFile? _file;
    private Utf8JsonWriter? _writer;

    /// <summary>The corpus file, by its short name in <see cref="BenchmarkCorpus.Paths"/>.</summary>
    [Params(BenchmarkCorpus.SeedMR, BenchmarkCorpus.CTSmall)]
    public string File { get; set; } = BenchmarkCorpus.SeedMR;

    [GlobalSetup]
    public void Setup()
    {
        _file = DicomFile.Read(BenchmarkCorpus.Read(File));
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _writer?.Dispose();
        _file?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public int ExportMetadata() => Export(Metadata);

    [Benchmark]
    public int ExportWithPixelData() => Export(DicomJsonWriterOptions.Default);

    private int Export(DicomJsonWriterOptions options)
    {
        _buffer.ResetWrittenCount();
        _writer!.Reset();
        DicomJsonWriter.Write(_writer, _file!.Dataset, options);
        return _buffer.WrittenCount;
    }
}
