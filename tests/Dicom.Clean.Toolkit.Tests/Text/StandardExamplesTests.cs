using Dicom.Clean.Toolkit.Text;

namespace Dicom.Clean.Toolkit.Tests.Text;

/// <summary>
/// The worked examples of PS3.5 Annexes H (Japanese), I (Korean), J (UTF-8, GB18030, GBK) and
/// K (GB2312): bytes written from the standard's code tables, text from its character strings.
/// Where the standard's bytes are what a conforming writer produces, encoding must give them back.
/// </summary>
public sealed class StandardExamplesTests
{
    private static readonly object[] Examples =
    [
        // H.3.1: \ISO 2022 IR 87, JIS X 0208 in G0 for the ideographic and phonetic groups.
        new object[]
        {
            "H.3.1", new[] { "", "ISO 2022 IR 87" }, "Yamada^Tarou=山田^太郎=やまだ^たろう",
            "59616D6164615E5461726F753D1B24423B3345441B28425E1B244242404F3A1B28423D1B24422464245E24401B28425E1B2442243F246D24261B2842",
        },

        // H.3.2: ISO 2022 IR 13\ISO 2022 IR 87, half-width katakana in G1 and romaji (ESC ( J) as G0.
        new object[]
        {
            "H.3.2", new[] { "ISO 2022 IR 13", "ISO 2022 IR 87" }, "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう",
            "D4CFC0DE5EC0DBB33D1B24423B3345441B284A5E1B244242404F3A1B284A3D1B24422464245E24401B284A5E1B2442243F246D24261B284A",
        },

        // I.2: \ISO 2022 IR 149, KS X 1001 in G1, designated again after each delimiter.
        new object[]
        {
            "I.2", new[] { "", "ISO 2022 IR 149" }, "Hong^Gildong=洪^吉洞=홍^길동",
            "486F6E675E47696C646F6E673D1B242943FBF35E1B242943D1CED4D73D1B242943C8AB5E1B242943B1E6B5BF",
        },

        // J.1: ISO_IR 192.
        new object[] { "J.1", new[] { "ISO_IR 192" }, "Wang^XiaoDong=王^小東=", "57616E675E5869616F446F6E673DE78E8B5EE5B08FE69DB13D" },

        // J.3: GB18030.
        new object[] { "J.3", new[] { "GB18030" }, "Wang^XiaoDong=王^小东=", "57616E675E5869616F446F6E673DCDF55ED0A1B6AB3D" },

        // J.3 read as GBK: the example's characters lie in the area GBK and GB18030 share.
        new object[] { "J.3 (GBK)", new[] { "GBK" }, "Wang^XiaoDong=王^小东=", "57616E675E5869616F446F6E673DCDF55ED0A1B6AB3D" },

        // K.2: \ISO 2022 IR 58, GB 2312 in G1 (the standard's trailing padding space left out).
        new object[]
        {
            "K.2", new[] { "", "ISO 2022 IR 58" }, "Zhang^XiaoDong=张^小东=",
            "5A68616E675E5869616F446F6E673D1B242941D5C55E1B242941D0A1B6AB3D",
        },
    ];

    private static readonly object[] LongTexts =
    [
        // J.2: ISO_IR 192, three lines ending CR LF. The standard's bytes (followed here) have no
        // space before the Chinese characters, although its rendered text shows one.
        new object[]
        {
            new[] { "ISO_IR 192" }, "The first line includes中文.\r\nThe second line includes中文, too.\r\nThe third line.\r\n",
            "546865206669727374206C696E6520696E636C75646573E4B8ADE696872E0D0A" +
            "546865207365636F6E64206C696E6520696E636C75646573E4B8ADE696872C20746F6F2E0D0A" +
            "546865207468697264206C696E652E0D0A",
        },

        // J.4: GB18030, the same text.
        new object[]
        {
            new[] { "GB18030" }, "The first line includes中文.\r\nThe second line includes中文, too.\r\nThe third line.\r\n",
            "546865206669727374206C696E6520696E636C75646573D6D0CEC42E0D0A" +
            "546865207365636F6E64206C696E6520696E636C75646573D6D0CEC42C20746F6F2E0D0A" +
            "546865207468697264206C696E652E0D0A",
        },

        // K.3: \ISO 2022 IR 58, GB 2312 designated again on each line (CR LF resets G1).
        new object[]
        {
            new[] { "", "ISO 2022 IR 58" }, "1.第一行文字。\r\n2.第二行文字。\r\n3.第三行文字。\r\n",
            "312E1B242941B5DAD2BBD0D0CEC4D7D6A1A30D0A" +
            "322E1B242941B5DAB6FED0D0CEC4D7D6A1A30D0A" +
            "332E1B242941B5DAC8FDD0D0CEC4D7D6A1A30D0A",
        },
    ];

    [TestCaseSource(nameof(Examples))]
    public void Decode_PersonNameExample_GivesStandardText(string example, string[] terms, string text, string hex)
    {
        var warnings = new List<string>();
        var decoded = DicomCharacterSet.FromTerms(terms).Decode(Convert.FromHexString(hex), isPersonName: true, warnings);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.EqualTo(text), example);
            Assert.That(warnings, Is.Empty, example);
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void Encode_PersonNameExample_GivesStandardBytes(string example, string[] terms, string text, string hex)
    {
        var encoded = DicomCharacterSet.FromTerms(terms).Encode(text, isPersonName: true);

        Assert.That(Convert.ToHexString(encoded), Is.EqualTo(hex), example);
    }

    [TestCaseSource(nameof(LongTexts))]
    public void Decode_LongTextExample_GivesStandardText(string[] terms, string text, string hex)
    {
        var decoded = DicomCharacterSet.FromTerms(terms).Decode(Convert.FromHexString(hex), isPersonName: false);

        Assert.That(decoded, Is.EqualTo(text));
    }

    [TestCaseSource(nameof(LongTexts))]
    public void Encode_LongTextExample_GivesStandardBytes(string[] terms, string text, string hex)
    {
        var encoded = DicomCharacterSet.FromTerms(terms).Encode(text, isPersonName: false);

        Assert.That(Convert.ToHexString(encoded), Is.EqualTo(hex));
    }

    [Test]
    public void Decode_KoreanLongTextExample_ReadsHangulAndAsciiWithoutEscapesBetween()
    {
        // I.3: KS X 1001 designated once at the head of a line; the third line has no escape.
        var set = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 149"]);
        byte[] bytes =
        [
            0x1B, 0x24, 0x29, 0x43, .. "The first line includes "u8, 0xC7, 0xD1, 0xB1, 0xDB, .. ".\r\n"u8,
            0x1B, 0x24, 0x29, 0x43, .. "The second line includes "u8, 0xC7, 0xD1, 0xB1, 0xDB, .. ", too.\r\n"u8,
            .. "The third line"u8,
        ];

        var decoded = set.Decode(bytes, isPersonName: false);

        Assert.That(decoded, Is.EqualTo("The first line includes 한글.\r\nThe second line includes 한글, too.\r\nThe third line"));
    }
}
