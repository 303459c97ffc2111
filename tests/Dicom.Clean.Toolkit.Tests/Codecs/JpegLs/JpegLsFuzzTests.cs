using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

namespace Dicom.Clean.Toolkit.Tests.Codecs.JpegLs;

/// <summary>
/// Deterministic fuzzing: truncations, bit flips, overwritten bytes, inserted markers and header
/// damage over conformance and generated streams. Only DicomException may escape, and the planar
/// decoder's size limit bounds memory. A fixed number of mutations keeps it to seconds.
/// </summary>
[TestFixture]
public class JpegLsFuzzTests
{
    private const int MutationsPerStream = 24;

    private static readonly string[] ConformanceStreams =
        ["T8C0E0.JLS", "T8C1E0.JLS", "T8C2E0.JLS", "T8NDE0.JLS", "T8SSE0.JLS", "T16E0.JLS", "T8C0E3.JLS", "T8C1E3.JLS", "T8C2E3.JLS", "T8NDE3.JLS", "T8SSE3.JLS", "T16E3.JLS"];

    private static readonly byte[] MarkerCodes = [0xD0, 0xD3, 0xD9, 0xDA, 0xF7, 0xF8, 0xDD, 0xE8, 0x00, 0xFF, 0xC0];

    [TestCaseSource(nameof(ConformanceStreams))]
    public void Decode_MutatedConformanceStream_ThrowsOnlyDicomException(string name)
    {
        Fuzz(name, JpegLsConformanceStreams.Read(name), (uint)name.GetHashCode(StringComparison.Ordinal) | 1);
    }

    [TestCase(0, 0, 0, 12)]
    [TestCase(1, 2, 5, 16)]
    [TestCase(2, 0, 3, 8)]
    [TestCase(2, 1, 0, 16)]
    public void Decode_MutatedGeneratedStream_ThrowsOnlyDicomException(int interleave, int near, int restart, int precision)
    {
        var planes = JpegLsTestImages.Create(48, 40, 3, (1 << precision) - 1, 21);
        var options = new JpegLsTestOptions(precision, near, interleave, restart, ColorTransform: precision is 8 or 16 ? 1 : 0);
        var (stream, _) = JpegLsTestEncoder.Encode(planes, 48, 40, options);

        Fuzz($"generated {options}", stream, (uint)((interleave * 1000) + (near * 100) + restart + 7));
    }

    private static void Fuzz(string name, byte[] original, uint seed)
    {
        var header = new JpegLsCodestreamReader(original, 0).ReadHeader();
        var samples = header.Components.Count;
        var frame = new FrameDescriptor(header.Rows, header.Columns, samples, header.Precision <= 8 ? 8 : 16, header.Precision, false, samples == 3 ? "RGB" : "MONOCHROME2", 0);
        var output = new byte[frame.DecodedLength];
        var decoder = new JpegLsDecoder();
        var random = new JpegLsTestImages.XorShift(seed);
        for (var i = 0; i < MutationsPerStream; i++)
        {
            var (mutated, how) = Mutate(original, ref random);
            try
            {
                decoder.Decode(mutated, frame, i, output);
            }
            catch (DicomException error) when (error.Frame == i && error.Offset is >= 0 && error.Offset <= mutated.Length)
            {
            }
            catch (Exception error)
            {
                Assert.Fail($"{name}, mutation {i} ({how}): {error.GetType().Name}: {error.Message}");
            }

            try
            {
                JpegLsPlanarImage.Decode(mutated, 1 << 22);
            }
            catch (DicomException)
            {
            }
            catch (Exception error)
            {
                Assert.Fail($"{name}, mutation {i} ({how}), planar: {error.GetType().Name}: {error.Message}");
            }
        }
    }

    private static (byte[] Stream, string How) Mutate(byte[] original, ref JpegLsTestImages.XorShift random)
    {
        var data = (byte[])original.Clone();
        var at = random.Next(data.Length);
        switch (random.Next(6))
        {
            case 0:
                return (data[..at], $"truncated at {at}");
            case 1:
                var flips = 1 + random.Next(4);
                for (var f = 0; f < flips; f++)
                {
                    data[random.Next(data.Length)] ^= (byte)(1 << random.Next(8));
                }

                return (data, $"{flips} bit flips");
            case 2:
                for (var f = 0; f < 8; f++)
                {
                    data[Math.Min(data.Length - 1, at + f)] = (byte)random.Next(256);
                }

                return (data, $"8 bytes overwritten at {at}");
            case 3:
                var code = MarkerCodes[random.Next(MarkerCodes.Length)];
                return ([.. data[..at], 0xFF, code, .. data[at..]], $"marker FF{code:X2} inserted at {at}");
            case 4:
                var headerAt = random.Next(Math.Min(64, data.Length));
                data[headerAt] = (byte)random.Next(256);
                return (data, $"header byte {headerAt} overwritten");
            default:
                var length = 1 + random.Next(64);
                var end = Math.Min(data.Length, at + length);
                return ([.. data[..at], .. data[end..]], $"bytes {at}-{end} removed");
        }
    }
}
