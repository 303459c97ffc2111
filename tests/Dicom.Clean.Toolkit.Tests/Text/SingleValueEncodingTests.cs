using Dicom.Clean.Toolkit.Text;

namespace Dicom.Clean.Toolkit.Tests.Text;

/// <summary>The default repertoire, JIS X 0201, UTF-8, GB 18030 and GBK: one set, no escapes.</summary>
public sealed class SingleValueEncodingTests
{
    [Test]
    public void Decode_DefaultWithBytesAbove0x7F_ReadsLatin1AndWarns()
    {
        var warnings = new List<string>();

        var decoded = DicomCharacterSet.Default.Decode([0x42, 0x75, 0x63, 0x5E, 0x4A, 0xE9], isPersonName: true, warnings);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.EqualTo("Buc^Jé"));
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0], Does.Contain("Byte 0xE9 at value offset 5").And.Contain("default repertoire"));
        });
    }

    [Test]
    public void Encode_DefaultWithNonAscii_Throws()
    {
        var exception = Assert.Throws<DicomException>(() => DicomCharacterSet.Default.Encode("Jé", isPersonName: true));

        Assert.That(exception!.Reason, Does.Contain("U+00E9 at index 1").And.Contain("'ISO_IR 6'"));
    }

    [Test]
    public void Encode_Latin1WithCyrillic_Throws()
    {
        Assert.That(DicomCharacterSet.FromTerms(["ISO_IR 100"]).TryEncode("Иван", isPersonName: true, out _), Is.False);
    }

    [Test]
    public void Decode_JisX0201_ReadsKatakanaAndOverlineAndKeepsTheDelimiter()
    {
        // PS3.5 H.3.2 katakana; 0x7E is OVERLINE in JIS X 0201; 0x5C stays the value delimiter.
        var set = DicomCharacterSet.FromTerms(["ISO_IR 13"]);

        var decoded = set.Decode([0xD4, 0xCF, 0xC0, 0xDE, 0x5E, 0xC0, 0xDB, 0xB3, 0x7E, 0x5C, 0x41], isPersonName: true);

        Assert.That(decoded, Is.EqualTo("ﾔﾏﾀﾞ^ﾀﾛｳ‾\\A"));
    }

    [Test]
    public void Decode_JisX0201HoldingShiftJis_ReadsShiftJisAndWarns()
    {
        // 山田 in Shift_JIS (8E52 9363, as CPython's shift_jis codec writes it) under ISO_IR 13.
        var warnings = new List<string>();

        var decoded = DicomCharacterSet.FromTerms(["ISO_IR 13"]).Decode([0x8E, 0x52, 0x93, 0x63], isPersonName: true, warnings);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.EqualTo("山田"));
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0], Does.Contain("Shift_JIS"));
        });
    }

    [Test]
    public void EncodeDecode_JisX0201_RoundTripsAndRefusesTilde()
    {
        var set = DicomCharacterSet.FromTerms(["ISO_IR 13"]);
        const string Text = "ﾔﾏﾀﾞ^ﾀﾛｳ\\Yamada‾";

        Assert.Multiple(() =>
        {
            Assert.That(set.Decode(set.Encode(Text, isPersonName: true), isPersonName: true), Is.EqualTo(Text));
            Assert.That(set.TryEncode("~", isPersonName: false, out _), Is.False);
        });
    }

    [Test]
    public void Decode_InvalidUtf8_ReplacesAndWarnsWithOffset()
    {
        var warnings = new List<string>();

        var decoded = DicomCharacterSet.Utf8.Decode([0x41, 0xE7, 0x8E, 0x42], isPersonName: false, warnings);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.EqualTo("A\uFFFDB"));
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0], Does.Contain("value offset 1"));
        });
    }

    [Test]
    public void Encode_Utf8LoneSurrogate_ThrowsWithIndex()
    {
        var exception = Assert.Throws<DicomException>(() => DicomCharacterSet.Utf8.Encode("ab\uD800c", isPersonName: false));

        Assert.That(exception!.Reason, Does.Contain("U+D800 at index 2"));
    }

    [Test]
    public void EncodeDecode_Utf8BeyondBasicPlane_RoundTrips()
    {
        const string Text = "Wang^XiaoDong=王^小東=𠀀";

        var bytes = DicomCharacterSet.Utf8.Encode(Text, isPersonName: true);

        Assert.That(DicomCharacterSet.Utf8.Decode(bytes, isPersonName: true), Is.EqualTo(Text));
    }

    [Test]
    public void Encode_CharacterBeyondGbk_Gb18030HasItGbkDoesNot()
    {
        // U+20000 is four bytes in GB 18030 (95 32 82 36, as CPython's gb18030 codec writes it).
        var gb18030 = DicomCharacterSet.FromTerms(["GB18030"]);
        var gbk = DicomCharacterSet.FromTerms(["GBK"]);

        Assert.Multiple(() =>
        {
            Assert.That(Convert.ToHexString(gb18030.Encode("𠀀", isPersonName: false)), Is.EqualTo("95328236"));
            Assert.That(gbk.TryEncode("A𠀀", isPersonName: false, out _), Is.False);
            Assert.That(Assert.Throws<DicomException>(() => gbk.Encode("A𠀀", isPersonName: false))!.Reason, Does.Contain("index 1"));
        });
    }

    [TestCase("GB18030")]
    [TestCase("GBK")]
    public void Decode_TrailByte0x5C_IsNotAValueDelimiter(string term)
    {
        // 0x815C is 乗 and 0x815E is 乛 in GBK: trail bytes '\' and '^' inside characters.
        var decoded = DicomCharacterSet.FromTerms([term]).Decode([0x81, 0x5C, 0x5C, 0x81, 0x5E, 0x5E, 0x41], isPersonName: true);

        Assert.That(decoded, Is.EqualTo("乗\\乛^A"));
    }

    [Test]
    public void Decode_InvalidGb18030_ReplacesAndWarns()
    {
        var warnings = new List<string>();

        var decoded = DicomCharacterSet.FromTerms(["GB18030"]).Decode([0x41, 0x81], isPersonName: false, warnings);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.EqualTo("A\uFFFD"));
            Assert.That(warnings, Has.Count.EqualTo(1));
        });
    }
}
