using Dicom.Clean.Toolkit.Text;

namespace Dicom.Clean.Toolkit.Tests.Text;

/// <summary>
/// Properties over deterministic random input, for every supported set: decoding never throws
/// and reads each byte at most once; whatever encodes decodes back to the same text.
/// </summary>
public sealed class CharacterSetPropertyTests
{
    private const int Rounds = 400;

    // Bytes that steer the decoders into their corners: ESC and designation finals, delimiters,
    // controls, C1, lead bytes of double-byte sets.
    private static readonly byte[] Interesting =
        [0x1B, 0x24, 0x28, 0x29, 0x2D, 0x42, 0x4A, 0x49, 0x43, 0x41, 0x44, 0x5C, 0x5E, 0x3D, 0x20, 0x0D, 0x0A, 0x85, 0x8E, 0x8F, 0xA1, 0xB0, 0xFE, 0xFF];

    public static IEnumerable<string[]> Sets =>
    [
        [],
        ["ISO_IR 100"], ["ISO_IR 101"], ["ISO_IR 109"], ["ISO_IR 110"], ["ISO_IR 126"], ["ISO_IR 127"],
        ["ISO_IR 138"], ["ISO_IR 144"], ["ISO_IR 148"], ["ISO_IR 166"], ["ISO_IR 203"], ["ISO_IR 13"],
        ["ISO_IR 192"], ["GB18030"], ["GBK"],
        ["", "ISO 2022 IR 87", "ISO 2022 IR 159"],
        ["ISO 2022 IR 13", "ISO 2022 IR 87"],
        ["", "ISO 2022 IR 149"],
        ["", "ISO 2022 IR 58"],
        ["ISO 2022 IR 100", "ISO 2022 IR 144", "ISO 2022 IR 126", "ISO 2022 IR 166"],
    ];

    [TestCaseSource(nameof(Sets))]
    public void Decode_RandomBytes_NeverThrowsAndReadsEachByteOnce(string[] terms)
    {
        var set = DicomCharacterSet.FromTerms(terms);
        var random = new Random(20261127);
        var warnings = new List<string>();

        for (var round = 0; round < Rounds; round++)
        {
            var bytes = RandomBytes(random);

            var text = set.Decode(bytes, isPersonName: (round & 1) == 0, warnings);

            Assert.That(text, Has.Length.LessThanOrEqualTo(bytes.Length));
        }
    }

    [TestCaseSource(nameof(Sets))]
    public void EncodeDecode_WhateverEncodes_DecodesBack(string[] terms)
    {
        var set = DicomCharacterSet.FromTerms(terms);
        var random = new Random(7);
        var encoded = 0;

        for (var round = 0; round < Rounds; round++)
        {
            // Text that some set can hold: decode random bytes with this set and drop what failed.
            var isPersonName = (round & 1) == 0;
            var text = set.Decode(RandomBytes(random), isPersonName).Replace("\uFFFD", string.Empty, StringComparison.Ordinal);
            if (!set.TryEncode(text, isPersonName, out var bytes))
            {
                continue;
            }

            encoded++;
            Assert.That(set.Decode(bytes, isPersonName), Is.EqualTo(text));
        }

        Assert.That(encoded, Is.GreaterThan(Rounds / 20), "too few texts encodable to say anything");
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 48)];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = random.Next(4) switch
            {
                0 => Interesting[random.Next(Interesting.Length)],
                1 => (byte)random.Next(0x20, 0x7F),
                _ => (byte)random.Next(256),
            };
        }

        return bytes;
    }
}
