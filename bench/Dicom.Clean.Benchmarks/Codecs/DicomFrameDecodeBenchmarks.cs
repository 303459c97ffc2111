using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using Dicom.Clean.Benchmarks.Toolkit;
using Dicom.Clean.Toolkit;
using Dicom.Clean.Toolkit.Imaging;
using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Benchmarks.Codecs;

/// <summary>
/// Decode of frame 1 of a compressed DICOM file, parsed once into memory, through the codec its
/// transfer syntax selects (<see cref="FrameDecoder.Default"/>, one thread): the corpus's 8-bit
/// baseline JPEG (256x256 RGB) and 16-bit JPEG-LS (64x64 MR), plus every <c>.dcm</c> in the folder
/// <c>DECODE_BENCH_DIR</c>, which bench/compare-dcmtk-imaging.sh fills with the seed's 512x512 MR and
/// 1537x1184 DX compressed by dcmcjpeg and dcmcjpls. The same files go through DCMTK there, so
/// the figures stand side by side.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(WholeFileNames))]
public class DicomFrameDecodeBenchmarks : IDisposable
{
    private DicomFile? _file;
    private DicomPixelData? _pixelData;
    private ImagePixelAttributes? _attributes;

    /// <summary>The file's name: in <c>DECODE_BENCH_DIR</c>, else in the corpus's pydicom folder.</summary>
    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    public static IEnumerable<string> Files()
    {
        yield return "SC_jpeg_no_color_transform.dcm";
        yield return "MR_small_jpeg_ls_lossless.dcm";
        if (Folder() is { } folder)
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*.dcm").Order(StringComparer.Ordinal))
            {
                yield return Path.GetFileName(path);
            }
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        var path = Folder() is { } folder ? Path.Combine(folder, File) : "";
        var bytes = System.IO.File.Exists(path) ? System.IO.File.ReadAllBytes(path) : BenchmarkCorpus.ReadPath("pydicom/" + File);
        _file = DicomFile.Read(bytes);
        _pixelData = DicomPixelData.Find(_file) ?? throw new InvalidDataException($"{File} has no pixel data.");
        _attributes = ImagePixelAttributesReader.Read(_file.Dataset);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _file?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static string? Folder() => Environment.GetEnvironmentVariable("DECODE_BENCH_DIR") is { Length: > 0 } folder ? folder : null;

    [Benchmark]
    public int DecodeFrame1()
    {
        using var frame = FrameDecoder.Default.Decode(_pixelData!, _attributes!, 0);
        return frame.Bytes[0];
    }

    // The summary would cut file names after 20 characters.
    private sealed class WholeFileNames : ManualConfig
    {
        public WholeFileNames() => SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(40);
    }
}
