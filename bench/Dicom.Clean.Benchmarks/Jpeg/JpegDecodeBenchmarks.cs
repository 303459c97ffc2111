using System.Buffers.Binary;
using BenchmarkDotNet.Attributes;
using Dicom.Clean.Benchmarks.Toolkit;
using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

namespace Dicom.Clean.Benchmarks.Jpeg;

/// <summary>
/// Single-threaded decode of one JPEG frame: from the corpus's T.83 compliance streams an 8-bit
/// baseline frame (p1/A1.JPG), a 12-bit extended one (p4/E1.JPG) and a 16-bit lossless one
/// (p14/O2.JPG), all 255x257 with four components; plus any bare streams listed in JPEG_BENCH_FILES
/// (separated by the path separator), e.g. 512x512 MR frames extracted from dcmcjpeg output
/// (+eb for baseline, +e1 for lossless). Compare with dcmdjpeg on the same stream wrapped in DICOM
/// (tests/Dicom.Clean.Toolkit.Tests/Codecs/Jpeg/Reference/dcmtk_jpeg_reference.py).
/// </summary>
[MemoryDiagnoser]
public class JpegDecodeBenchmarks
{
    private readonly JpegDecoder _decoder = new();
    private byte[] _stream = [];
    private byte[] _output = [];
    private FrameDescriptor _frame;

    /// <summary>The stream to decode: a path under the corpus's codestreams/10918 folder, or a file.</summary>
    [ParamsSource(nameof(Streams))]
    public string Stream { get; set; } = "";

    public static IEnumerable<string> Streams()
    {
        yield return "p1/A1.JPG";
        yield return "p4/E1.JPG";
        yield return "p14/O2.JPG";
        var extra = Environment.GetEnvironmentVariable("JPEG_BENCH_FILES");
        foreach (var path in (extra ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return path;
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _stream = File.ReadAllBytes(File.Exists(Stream) ? Stream : Path.Combine([BenchmarkCorpus.SharedFolder(), "corpus", "codestreams", "10918", .. Stream.Split('/')]));
        var (precision, rows, columns, components) = ReadFrameHeader(_stream);
        var photometric = components switch
        {
            1 => "MONOCHROME2",
            3 => "YBR_FULL_422",
            _ => "CMYK",
        };
        _frame = new FrameDescriptor(rows, columns, components, precision <= 8 ? 8 : 16, precision, false, photometric, 0);
        _output = new byte[_frame.DecodedLength];
    }

    [Benchmark]
    public DecodedFrameInfo Decode() => _decoder.Decode(_stream, _frame, 0, _output);

    // Geometry from the first SOF0-SOF3 segment: precision, lines, samples per line, components.
    private static (int Precision, int Rows, int Columns, int Components) ReadFrameHeader(byte[] stream)
    {
        for (var i = 2; i + 9 < stream.Length;)
        {
            if (stream[i] != 0xFF || stream[i + 1] is 0xFF or 0x00)
            {
                i++;
                continue;
            }

            if (stream[i + 1] is >= 0xC0 and <= 0xC3)
            {
                var sof = stream.AsSpan(i + 4);
                return (sof[0], BinaryPrimitives.ReadUInt16BigEndian(sof[1..]), BinaryPrimitives.ReadUInt16BigEndian(sof[3..]), sof[5]);
            }

            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(stream.AsSpan(i + 2));
        }

        throw new InvalidDataException("No SOF0-SOF3 frame header in the stream.");
    }
}
