using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;
using Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000;

/// <summary>
/// Deterministic fuzzing: damaged variants of small codestreams (truncations, bit flips, damaged
/// marker segments, dropped and repeated bytes) must decode or fail with a DicomException, never
/// anything else. The number of variants is fixed, and the sample budget keeps every decode small.
/// </summary>
[TestFixture]
public sealed class Jpeg2000FuzzTests
{
    private const int VariantsPerSeed = 400;

    private static readonly TestEncoderOptions[] Seeds =
    [
        new() { Width = 24, Height = 19, Levels = 2, BlockWidthExponent = 2, BlockHeightExponent = 3, Layers = 2 },
        new()
        {
            Width = 21, Height = 17, Components = 3, ComponentTransform = true, TileWidth = 12, TileHeight = 9, Levels = 2,
            Progression = ProgressionOrder.Rpcl, Precincts = [0x11, 0x22, 0x22], StartOfPacketMarkers = true, EndOfPacketHeaderMarkers = true,
        },
        new()
        {
            Width = 16, Height = 16, Precision = 12, Signed = true, BlockStyle = (CodeBlockStyle)0x3F, Layers = 3,
            Headers = PacketHeaderPlacement.TileHeaders, TilePartsPerTile = 2,
        },
        new() { Width = 20, Height = 12, Headers = PacketHeaderPlacement.MainHeader, Levels = 1, Progression = ProgressionOrder.Pcrl },
    ];

    [Test]
    public void Decode_DamagedCodestreams_EitherDecodeOrThrowDicomException()
    {
        var random = new Random(2000);
        var outcomes = new int[2];
        foreach (var options in Seeds)
        {
            var seed = TestCodestreamEncoder.Encode(options, TestImages.Create(options, 5));
            for (var i = 0; i < VariantsPerSeed; i++)
            {
                var damaged = Damage(seed, random);
                outcomes[Decode(damaged)]++;
            }
        }

        // Both outcomes must occur, or the mutations are not reaching the decoder's checks.
        Assert.That(outcomes, Has.All.GreaterThan(0));
    }

    [Test]
    public void Decode_EveryTruncation_EitherDecodesOrThrowsDicomException()
    {
        var options = Seeds[1];
        var seed = TestCodestreamEncoder.Encode(options, TestImages.Create(options, 5));
        var decoded = 0;

        // Every cut inside the headers, then every few bytes through the packets.
        for (var length = 0; length < seed.Length; length += length < 160 ? 1 : 3)
        {
            decoded += Decode(seed[..length]);
        }

        Assert.That(decoded, Is.GreaterThan(0), "truncations after the main header should decode what is there");
    }

    // 1: decoded (possibly with warnings), 0: rejected with DicomException. Anything else fails the test.
    private static int Decode(byte[] data)
    {
        try
        {
            Jpeg2000ImageDecoder.Decode(data, new DecodeWarnings(), 1L << 16, maxDegreeOfParallelism: 1);
            return 1;
        }
        catch (DicomException)
        {
            return 0;
        }
    }

    private static byte[] Damage(byte[] seed, Random random)
    {
        var data = (byte[])seed.Clone();
        switch (random.Next(5))
        {
            case 0:
                return data[..random.Next(data.Length)];
            case 1:
                for (var flips = 1 + random.Next(8); flips > 0; flips--)
                {
                    data[random.Next(data.Length)] ^= (byte)(1 << random.Next(8));
                }

                return data;
            case 2:
            {
                // Hit a marker segment: change its code, its length or a byte of its body.
                var markers = Enumerable.Range(0, data.Length - 1).Where(i => data[i] == 0xFF && data[i + 1] >= 0x4F).ToArray();
                var at = markers.Length == 0 ? 0 : markers[random.Next(markers.Length)];
                data[Math.Min(data.Length - 1, at + 1 + random.Next(6))] = (byte)random.Next(256);
                return data;
            }

            case 3:
            {
                var at = random.Next(data.Length);
                return [.. data[..at], .. data[Math.Min(data.Length, at + 1 + random.Next(16))..]];
            }

            default:
            {
                var at = random.Next(data.Length);
                var count = 1 + random.Next(16);
                return [.. data[..at], .. data.Skip(at).Take(count), .. data[at..]];
            }
        }
    }
}
