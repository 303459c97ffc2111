using System.Diagnostics;
using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000;

/// <summary>
/// The bare conformance streams against <c>opj_decompress</c> run now, not against checksums taken
/// once (<see cref="Jpeg2000ConformanceTests"/>). `.ci/run` installs libopenjp2-tools; without
/// the tool the test is ignored (counted skipped), unless
/// <c>DICOM_CLEAN_REQUIRE_REFERENCE_TOOLS=1</c> makes a missing tool a failure. opj_decompress writes <c>.rawl</c> as the components one after
/// the other, row by row, each sample masked to its precision in one byte (up to 8 bits) or two
/// little-endian bytes. oj36.j2k is left out: opj_decompress converts its 4:2:2 chroma to RGB
/// before writing, so its raw output is not the codestream's components.
/// </summary>
[TestFixture]
public sealed class Jpeg2000LiveOpenJpegTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("j2k-live-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [TestCase("2KLS/693.j2k")]
    [TestCase("HTJ2K/Bretagne1_ht.j2k")]
    [TestCase("HTJ2K/Bretagne1_ht_lossy.j2k")]
    public void Decode_ConformanceStream_EqualsOpjDecompressNow(string name)
    {
        var tool = FindOnPath("opj_decompress");
        if (tool is null)
        {
            if (Environment.GetEnvironmentVariable("DICOM_CLEAN_REQUIRE_REFERENCE_TOOLS") == "1")
            {
                Assert.Fail("opj_decompress is required (DICOM_CLEAN_REQUIRE_REFERENCE_TOOLS=1) but not on PATH: apt-get install libopenjp2-tools");
            }

            Assert.Ignore("opj_decompress is not installed (Debian libopenjp2-tools)");
        }

        var input = SharedCorpus.CorpusFile("codestreams", "15444", name);
        var output = Path.Combine(_folder, "out.rawl");
        RunOpjDecompress(tool, input, output);

        var image = Jpeg2000ImageDecoder.Decode(File.ReadAllBytes(input), new DecodeWarnings(), 1L << 26, maxDegreeOfParallelism: 1);

        Assert.That(InOpjRawLayout(image), Is.EqualTo(File.ReadAllBytes(output)).AsCollection);
    }

    private static byte[] InOpjRawLayout(DecodedImage image)
    {
        var bytes = new List<byte>();
        foreach (var component in image.Components)
        {
            var mask = (1 << component.Precision) - 1;
            foreach (var sample in component.Samples)
            {
                var masked = sample & mask;
                bytes.Add((byte)masked);
                if (component.Precision > 8)
                {
                    bytes.Add((byte)(masked >> 8));
                }
            }
        }

        return [.. bytes];
    }

    private static void RunOpjDecompress(string tool, string input, string output)
    {
        var start = new ProcessStartInfo(tool, ["-i", input, "-o", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(1)), Is.True, "opj_decompress did not finish within a minute");
        Assert.That(process.ExitCode, Is.Zero, $"opj_decompress failed: {stderr.Result}{stdout.Result}");
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
