using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;
using Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000;

[TestFixture]
public sealed class TagTreeTests
{
    [TestCase(1, 1)]
    [TestCase(2, 1)]
    [TestCase(1, 5)]
    [TestCase(3, 3)]
    [TestCase(9, 7)]
    [TestCase(16, 2)]
    public void Decode_LayerByLayerThresholds_ReproducesEncodedValues(int width, int height)
    {
        var random = new Random((width * 31) + height);
        var values = Enumerable.Range(0, width * height).Select(_ => random.Next(0, 9)).ToArray();
        var encoder = new TagTreeEncoder(width, height, values);
        var writer = new PacketBitWriter();

        // As for inclusion: each "layer" asks every leaf whether its value is below layer + 1.
        const int layers = 10;
        for (var t = 1; t <= layers; t++)
        {
            for (var i = 0; i < values.Length; i++)
            {
                encoder.Encode(writer, i % width, i / width, t);
            }
        }

        var bits = writer.Finish();
        var tree = new TagTree(width, height);
        var reader = new PacketHeaderReader(bits, 0);
        var answers = new List<bool>();
        var expected = new List<bool>();
        for (var t = 1; t <= layers; t++)
        {
            for (var i = 0; i < values.Length; i++)
            {
                answers.Add(tree.Decode(ref reader, i % width, i / width, t));
                expected.Add(values[i] < t);
            }
        }

        var decoded = Enumerable.Range(0, values.Length).Select(i => tree.Value(i % width, i / width)).ToArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answers, Is.EqualTo(expected));
            Assert.That(decoded, Is.EqualTo(values));
            Assert.That(reader.Overrun, Is.False);
        }
    }

    [Test]
    public void Decode_FullValueInOneCall_MatchesEncoderThreshold()
    {
        // Zero bit-planes are coded in one go with threshold value + 1.
        var values = new[] { 0, 3, 7, 2, 5, 5 };
        var encoder = new TagTreeEncoder(3, 2, values);
        var writer = new PacketBitWriter();
        for (var i = 0; i < values.Length; i++)
        {
            encoder.Encode(writer, i % 3, i / 3, values[i] + 1);
        }

        var tree = new TagTree(3, 2);
        var reader = new PacketHeaderReader(writer.Finish(), 0);
        var decoded = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var threshold = 1;
            while (!tree.Decode(ref reader, i % 3, i / 3, threshold))
            {
                threshold++;
            }

            decoded[i] = tree.Value(i % 3, i / 3);
        }

        Assert.That(decoded, Is.EqualTo(values));
    }
}
