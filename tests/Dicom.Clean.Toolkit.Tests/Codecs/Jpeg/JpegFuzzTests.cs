using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg;

/// <summary>
/// Deterministic mutation fuzzing (fixed seeds): truncation, bit flips, forged markers, damaged
/// segment lengths, deleted and duplicated ranges. Every outcome must be a decoded image or a
/// <see cref="DicomException"/> carrying the frame and an offset inside the stream; anything else
/// fails the test. Work per stream is bounded by the frame size, so the run takes seconds.
/// </summary>
[TestFixture]
public sealed class JpegFuzzTests
{
    [Test]
    public void Decode_MutatedInCodeStreams_OnlyThrowDicomException()
    {
        var cases = new List<(string, byte[], FrameDescriptor)>
        {
            ("baseline", JpegTestStreams.Baseline(2), JpegTestDecoding.Descriptor(JpegTestStreams.Colour, "YBR_FULL_422")),
            ("extended", JpegTestStreams.Extended12(3), JpegTestDecoding.Descriptor(JpegTestStreams.Grey12)),
            ("progressive", JpegTestStreams.Progressive(2), JpegTestDecoding.Descriptor(JpegTestStreams.Colour, "YBR_FULL_422")),
            ("lossless", JpegTestStreams.Lossless16(46), JpegTestDecoding.Descriptor(JpegTestStreams.Grey16, signed: true)),
        };

        Fuzz(cases, mutations: 3000, seed: 20240601);
    }

    [Test]
    public void Decode_MutatedConformanceStreams_OnlyThrowDicomException()
    {
        var cases = new List<(string, byte[], FrameDescriptor)>();
        foreach (var (path, precision) in new[] { ("p1/A1.JPG", 8), ("p2/C2.JPG", 8), ("p4/E1.JPG", 12), ("p14/O1.JPG", 8), ("p14/O2.JPG", 16) })
        {
            var stream = File.ReadAllBytes(SharedCorpus.CorpusFile(["codestreams", "10918", .. path.Split('/')]));
            cases.Add((path, stream, new FrameDescriptor(257, 255, 4, precision <= 8 ? 8 : 16, precision, false, "CMYK", 0)));
        }

        Fuzz(cases, mutations: 600, seed: 7);
    }

    [Test]
    public void Decode_MutatedCorpusFrames_OnlyThrowDicomException()
    {
        var cases = new List<(string, byte[], FrameDescriptor)>();
        foreach (var name in new[] { "JPEG-lossy.dcm", "SC_rgb_jpeg_gdcm.dcm", "SC_rgb_dcmtk_+eb+cy+np.dcm", "examples_ybr_color.dcm" })
        {
            using var file = DicomFile.Open(SharedCorpus.CorpusFile("pydicom", name));
            var pixels = DicomPixelData.Find(file)!;
            cases.Add((name, pixels.GetFrameBytes(0).ToArray(), pixels.Frame));
        }

        Fuzz(cases, mutations: 800, seed: 99);
    }

    private static void Fuzz(List<(string Name, byte[] Stream, FrameDescriptor Descriptor)> cases, int mutations, int seed)
    {
        var random = new Random(seed);
        var decoder = new JpegDecoder();
        var outcomes = new int[2];
        for (var i = 0; i < mutations; i++)
        {
            var (name, stream, descriptor) = cases[i % cases.Count];
            var (mutated, description) = Mutate(stream, random);
            var output = new byte[descriptor.DecodedLength];
            try
            {
                decoder.Decode(mutated, descriptor, 9, output);
                outcomes[0]++;
            }
            catch (DicomException exception)
            {
                outcomes[1]++;
                Assert.That(exception.Frame, Is.EqualTo(9), $"{name}, {description}");
                Assert.That(exception.Offset, Is.InRange(0, mutated.Length), $"{name}, {description}: {exception.Message}");
            }
            catch (Exception exception)
            {
                Assert.Fail($"{name}, {description}: {exception}");
            }
        }

        // Both outcomes must occur, or the mutations are not reaching the decoder's logic.
        Assert.That(outcomes, Has.All.GreaterThan(mutations / 20));
    }

    private static (byte[] Stream, string Description) Mutate(byte[] source, Random random)
    {
        var data = (byte[])source.Clone();
        switch (random.Next(7))
        {
            case 0:
                var length = random.Next(data.Length);
                return (data[..length], $"truncated to {length}");
            case 1:
                var flips = random.Next(1, 9);
                for (var j = 0; j < flips; j++)
                {
                    data[random.Next(data.Length)] ^= (byte)(1 << random.Next(8));
                }

                return (data, $"{flips} bit flips");
            case 2:
                var at = random.Next(data.Length - 1);
                data[at] = 0xFF;
                data[at + 1] = (byte)random.Next(0xC0, 0x100);
                return (data, $"marker 0xFF{data[at + 1]:X2} forged at {at}");
            case 3:
                var markers = JpegTestStreams.MarkerOffsets(data, m => m is not (0xD8 or 0xD9) and not (>= 0xD0 and <= 0xD7) && m >= 0xC0);
                var segment = markers[random.Next(markers.Count)];
                data[Math.Min(segment + 2 + random.Next(2), data.Length - 1)] = (byte)random.Next(256);
                return (data, $"length of segment at {segment} damaged");
            case 4:
                var start = random.Next(data.Length);
                var count = Math.Min(random.Next(1, 64), data.Length - start);
                return (JpegTestStreams.Remove(data, start, count), $"{count} bytes removed at {start}");
            case 5:
                var from = random.Next(data.Length);
                var copy = data[from..Math.Min(data.Length, from + random.Next(1, 200))];
                var to = random.Next(data.Length);
                return (JpegTestStreams.Insert(data, to, copy), $"{copy.Length} bytes from {from} duplicated at {to}");
            default:
                var header = random.Next(Math.Min(data.Length, 700));
                data[header] = (byte)random.Next(256);
                return (data, $"byte {header} replaced");
        }
    }
}
