using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

namespace Dicom.Clean.Toolkit.Tests.Codecs.JpegLs;

/// <summary>
/// Streams from <see cref="JpegLsTestEncoder"/> that exercise what the T.87 conformance set lacks
/// (restart intervals, 2 to 16 bits, presets, HP colour transforms), decoded by us and by CharLS.
/// </summary>
[TestFixture]
public class JpegLsReferenceDecoderTests
{
    private static readonly Dictionary<string, (int Width, int Height, int Components, int MaxVal, uint Seed, JpegLsTestOptions Options)> Streams = new()
    {
        ["restart_ilv0"] = (37, 40, 3, 4095, 11, new JpegLsTestOptions(12, 0, 0, 7)),
        ["restart_ilv1"] = (37, 40, 3, 4095, 11, new JpegLsTestOptions(12, 0, 1, 5)),
        ["restart_ilv2"] = (37, 40, 3, 4095, 11, new JpegLsTestOptions(12, 0, 2, 3)),
        ["restart_near"] = (64, 33, 1, 65535, 5, new JpegLsTestOptions(16, 2, 0, 4)),
        ["p2"] = (23, 41, 1, 3, 2, new JpegLsTestOptions(2)),
        ["p5_near1_ilv2"] = (23, 41, 3, 31, 3, new JpegLsTestOptions(5, 1, 2)),
        ["p10"] = (50, 50, 1, 1023, 6, new JpegLsTestOptions(10)),
        ["p16_near3_ilv1"] = (23, 41, 3, 65535, 4, new JpegLsTestOptions(16, 3, 1)),
        ["preset_t"] = (30, 24, 1, 4095, 3, new JpegLsTestOptions(12, 2, Preset: new JpegLsCodingParameters(0, 10, 40, 300, 0))),
        ["hp1_ilv1"] = (19, 26, 3, 255, 17, new JpegLsTestOptions(8, 0, 1, ColorTransform: 1)),
        ["hp2_ilv2"] = (19, 26, 3, 255, 17, new JpegLsTestOptions(8, 0, 2, ColorTransform: 2)),
        ["hp3_ilv1"] = (19, 26, 3, 255, 17, new JpegLsTestOptions(8, 0, 1, ColorTransform: 3)),
        ["hp1_16"] = (19, 26, 3, 65535, 17, new JpegLsTestOptions(16, 0, 2, ColorTransform: 1)),
    };

    // SHA-256 of the interleaved little-endian samples CharLS 2.4.1 (Debian libcharls2) decoded from
    // each stream, made with charls_decode.c (beside this file) on the files WriteStreams writes.
    // DCMTK 3.6.7's dcmdjpls (make_dcmtk_references.py) gives the same for p10, p16_near3_ilv1,
    // preset_t and the hp* streams; it refuses restart markers and precisions under 6 bits.
    [TestCase("restart_ilv0", "84efeeb75f5434fea69c7cccb38a85b9e8a53267bb77d4329557322ba56eca27")]
    [TestCase("restart_ilv1", "84efeeb75f5434fea69c7cccb38a85b9e8a53267bb77d4329557322ba56eca27")]
    [TestCase("restart_ilv2", "84efeeb75f5434fea69c7cccb38a85b9e8a53267bb77d4329557322ba56eca27")]
    [TestCase("restart_near", "6f51ea82ff1251f09b771c0023b8bfc1d7969907b4ec5f3d5e78ba2dcea252b8")]
    [TestCase("p2", "b2817df76330209a94767db44690ed7a29dc920094526b0ebb1785d9c843c015")]
    [TestCase("p5_near1_ilv2", "0488a47f324e81edf956fa57c7bdbbfa69c4c10cd717cf8a47c96570ca3577b7")]
    [TestCase("p10", "a04c7364cfe5bd6e68747c3422cf88560bbc2c745ad7f41f16618f3dcafa11ad")]
    [TestCase("p16_near3_ilv1", "cab1f20ca11ce373d0e9cebfcaf14ee7a5417049312d76444be56a52c4adcafb")]
    [TestCase("preset_t", "39de9da3b0126cf04109fc71ba7a41d3e5b0b496fb27595180e0719edf0cca6d")]
    [TestCase("hp1_ilv1", "c2fd87e47ff71e5f785c821972da957fc5ff43479553ba67669b32f465312704")]
    [TestCase("hp2_ilv2", "c2fd87e47ff71e5f785c821972da957fc5ff43479553ba67669b32f465312704")]
    [TestCase("hp3_ilv1", "c2fd87e47ff71e5f785c821972da957fc5ff43479553ba67669b32f465312704")]
    [TestCase("hp1_16", "46d470e61d1e633cd2a9b96f9d1eda886cc9a783b8c185d73c40531ef816dd9c")]
    public void DecodeFrame_TestEncoderStream_MatchesCharLs(string name, string sha256)
    {
        var stream = Build(name).Stream;

        var decoded = JpegLsConformanceStreams.DecodeFrame(stream);

        Assert.That(JpegLsConformanceStreams.Sha256(decoded), Is.EqualTo(sha256));
    }

    [Test]
    [Explicit("Writes the streams for the external reference decoders to $JPEGLS_REFERENCE_DIR or /tmp/jpegls-reference.")]
    public void WriteStreams()
    {
        var folder = Environment.GetEnvironmentVariable("JPEGLS_REFERENCE_DIR") ?? Path.Combine(Path.GetTempPath(), "jpegls-reference");
        Directory.CreateDirectory(folder);
        foreach (var name in Streams.Keys)
        {
            var path = Path.Combine(folder, name + ".jls");
            File.WriteAllBytes(path, Build(name).Stream);
            Assert.That(JpegLsPlanarImage.Decode(File.ReadAllBytes(path)).Planes, Is.Not.Empty);
        }
    }

    private static (byte[] Stream, ushort[][] Decoded) Build(string name)
    {
        var (width, height, components, maxVal, seed, options) = Streams[name];
        var planes = JpegLsTestImages.Create(width, height, components, maxVal, seed);
        return JpegLsTestEncoder.Encode(planes, width, height, options);
    }
}
