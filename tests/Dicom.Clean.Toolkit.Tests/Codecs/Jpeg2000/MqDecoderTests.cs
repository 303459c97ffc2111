using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;
using Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000;

[TestFixture]
public sealed class MqDecoderTests
{
    [TestCase(1, 0.5)]
    [TestCase(2, 0.95)]
    [TestCase(3, 0.02)]
    [TestCase(4, 0.999)]
    public void Decode_RandomDecisions_ReturnsWhatWasEncoded(int seed, double oneProbability)
    {
        var random = new Random(seed);
        const int count = 50_000;
        var contextOf = new int[count];
        var bits = new int[count];
        for (var i = 0; i < count; i++)
        {
            contextOf[i] = random.Next(19);

            // Each context gets its own skew so the states travel through the whole table.
            var p = contextOf[i] % 2 == 0 ? oneProbability : 1 - oneProbability;
            bits[i] = random.NextDouble() < p ? 1 : 0;
        }

        var encoderContexts = new byte[19];
        var encoder = new MqEncoder();
        for (var i = 0; i < count; i++)
        {
            encoder.Encode(ref encoderContexts[contextOf[i]], bits[i]);
        }

        var decoded = DecodeAll(encoder.Finish(), contextOf);

        Assert.That(decoded, Is.EqualTo(bits));
    }

    [Test]
    public void Decode_PastTheEndOfTheSegment_StaysInsideTheSentinels()
    {
        var encoder = new MqEncoder();
        var context = (byte)0;
        encoder.Encode(ref context, 1);
        var data = encoder.Finish();
        var contexts = new int[10_000];

        // Far more decisions than the two-byte segment holds: the decoder must keep feeding 1-bits
        // from the sentinels without indexing past them (an exception would fail the test).
        var decoded = DecodeAll(data, contexts);

        Assert.That(decoded[0], Is.EqualTo(1));
    }

    private static int[] DecodeAll(byte[] segment, int[] contextOf)
    {
        var arena = new byte[segment.Length + 2];
        segment.CopyTo(arena, 0);
        arena[^2] = 0xFF;
        arena[^1] = 0xFF;
        var decoder = default(MqDecoder);
        decoder.Start(arena, 0);
        var contexts = new byte[19];
        var decoded = new int[contextOf.Length];
        for (var i = 0; i < decoded.Length; i++)
        {
            decoded[i] = decoder.Decode(ref contexts[contextOf[i]]);
        }

        return decoded;
    }
}
