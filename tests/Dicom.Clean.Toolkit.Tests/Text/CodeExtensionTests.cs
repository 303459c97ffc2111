using Dicom.Clean.Toolkit.Text;

namespace Dicom.Clean.Toolkit.Tests.Text;

/// <summary>ISO 2022 code extensions (PS3.5 6.1.2.5): designations, delimiters, leniency.</summary>
public sealed class CodeExtensionTests
{
    private static readonly DicomCharacterSet Japanese = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 87"]);
    private static readonly DicomCharacterSet Korean = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 149"]);

    [Test]
    public void Encode_PersonNameGroupsInThreeSets_EachGroupStartsFromValue1()
    {
        // Latin-1 in G1 from value 1, JIS X 0208 in G0 and KS X 1001 in G1 from values 2 and 3.
        var set = DicomCharacterSet.FromTerms(["ISO 2022 IR 100", "ISO 2022 IR 87", "ISO 2022 IR 149"]);

        var bytes = set.Encode("Müller=山田=홍", isPersonName: true);

        Assert.Multiple(() =>
        {
            Assert.That(Convert.ToHexString(bytes), Is.EqualTo(
                "4DFC6C6C6572" + "3D" + "1B24423B334544" + "1B2842" + "3D" + "1B242943C8AB" + "1B2D41"));
            Assert.That(set.Decode(bytes, isPersonName: true), Is.EqualTo("Müller=山田=홍"));
        });
    }

    [Test]
    public void Encode_LatinAndCyrillic_SwitchesG1AndReturnsToValue1AtTheEnd()
    {
        var set = DicomCharacterSet.FromTerms(["ISO 2022 IR 100", "ISO 2022 IR 144"]);

        var bytes = set.Encode("Müller^Иван", isPersonName: true);

        Assert.Multiple(() =>
        {
            Assert.That(Convert.ToHexString(bytes), Is.EqualTo("4DFC6C6C65725E" + "1B2D4C" + "B8D2D0DD" + "1B2D41"));
            Assert.That(set.Decode(bytes, isPersonName: true), Is.EqualTo("Müller^Иван"));
        });
    }

    [Test]
    public void Decode_DelimiterWithoutNewDesignation_ReadsOnWithFirstDeclaredG1AndWarns()
    {
        // After '^' G1 is undesignated again; a writer that does not repeat ESC $ ) C is non-conformant.
        var warnings = new List<string>();

        var decoded = Korean.Decode([0x1B, 0x24, 0x29, 0x43, 0xFB, 0xF3, 0x5E, 0xD1, 0xCE], isPersonName: true, warnings);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.EqualTo("洪^吉"));
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0], Does.Contain("offset 7").And.Contain("no G1 set designated"));
        });
    }

    [Test]
    public void Decode_LineBreak_ReturnsToValue1()
    {
        // ESC - L puts Cyrillic in G1; CR LF brings back Latin-1 (value 1) without an escape.
        var set = DicomCharacterSet.FromTerms(["ISO 2022 IR 100", "ISO 2022 IR 144"]);

        var decoded = set.Decode([0x1B, 0x2D, 0x4C, 0xB8, 0x0D, 0x0A, 0xB8], isPersonName: false);

        Assert.That(decoded, Is.EqualTo("И\r\n¸"));
    }

    [Test]
    public void Decode_BackslashByteInsideKanji_IsNotAValueDelimiter()
    {
        // 0x3B5C is 施 in JIS X 0208: its second byte is 0x5C but it is not a delimiter (PS3.5 6.1.2.3).
        byte[] bytes = [0x1B, 0x24, 0x42, 0x3B, 0x5C, 0x1B, 0x28, 0x42, 0x5C, 0x41];

        var decoded = Japanese.Decode(bytes, isPersonName: false);

        Assert.That(decoded.Split('\\'), Is.EqualTo(new[] { "施", "A" }));
    }

    [Test]
    public void Decode_CaretByteInsideKana_IsNotAComponentDelimiter()
    {
        // 0x245E is ま: its second byte is '^'. Taken from PS3.5 H.3.1.
        var decoded = Japanese.Decode([0x1B, 0x24, 0x42, 0x24, 0x5E, 0x1B, 0x28, 0x42, 0x5E, 0x41], isPersonName: true);

        Assert.That(decoded, Is.EqualTo("ま^A"));
    }

    [Test]
    public void Encode_SpaceBetweenKanji_ReturnsToAsciiForTheSpace()
    {
        var bytes = Japanese.Encode("山田 太郎", isPersonName: false);

        Assert.Multiple(() =>
        {
            Assert.That(Convert.ToHexString(bytes), Is.EqualTo("1B24423B334544" + "1B2842" + "20" + "1B244242404F3A" + "1B2842"));
            Assert.That(Japanese.Decode(bytes, isPersonName: false), Is.EqualTo("山田 太郎"));
        });
    }

    [Test]
    public void Decode_SpaceInsideKanjiRun_IsASpace()
    {
        // 0x20 is SPACE whatever G0 holds; a trailing pad written before ESC ( B stays readable.
        var decoded = Japanese.Decode([0x1B, 0x24, 0x42, 0x3B, 0x33, 0x20, 0x45, 0x44], isPersonName: false);

        Assert.That(decoded, Is.EqualTo("山 田"));
    }

    [Test]
    public void EncodeDecode_SupplementaryKanji_UsesJisX0212OnlyWhereJisX0208LacksIt()
    {
        var set = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 87", "ISO 2022 IR 159"]);

        var bytes = set.Encode("丂山", isPersonName: false);

        Assert.Multiple(() =>
        {
            // 丂 is JIS X 0212 0x3021 (CPython's iso2022_jp_2 gives the same bytes); 山 is JIS X 0208 0x3B33.
            Assert.That(Convert.ToHexString(bytes), Is.EqualTo("1B2428443021" + "1B24423B33" + "1B2842"));
            Assert.That(set.Decode(bytes, isPersonName: false), Is.EqualTo("丂山"));
        });
    }

    [Test]
    public void Decode_UnknownEscape_IsDroppedWithWarning()
    {
        var warnings = new List<string>();

        var decoded = Japanese.Decode([0x41, 0x1B, 0x28, 0x5A, 0x42, 0x1B], isPersonName: false, warnings);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.EqualTo("AB"));
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0], Does.Contain("escape sequence at value offset 1"));
        });
    }

    [Test]
    public void Decode_EscapeForUndeclaredSet_IsHonouredWithWarning()
    {
        var warnings = new List<string>();

        var decoded = Japanese.Decode([0x1B, 0x24, 0x29, 0x43, 0xC8, 0xAB], isPersonName: false, warnings);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.EqualTo("홍"));
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0], Does.Contain("does not declare"));
        });
    }

    [Test]
    public void Decode_ReturnToAsciiUnderJisX0201_IsAcceptedSilently()
    {
        // ESC ( B instead of ESC ( J after kanji: ASCII is the default repertoire, no warning.
        var set = DicomCharacterSet.FromTerms(["ISO 2022 IR 13", "ISO 2022 IR 87"]);
        var warnings = new List<string>();

        var decoded = set.Decode([0xD4, 0x3D, 0x1B, 0x24, 0x42, 0x3B, 0x33, 0x1B, 0x28, 0x42, 0x5E, 0x7E], isPersonName: true, warnings);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.EqualTo("ﾔ=山^‾"));
            Assert.That(warnings, Is.Empty);
        });
    }

    [Test]
    public void Decode_TruncatedKanjiAndC1Byte_AreReplacedAndReported()
    {
        var warnings = new List<string>();

        var decoded = Japanese.Decode([0x85, 0x41, 0x1B, 0x24, 0x42, 0x3B], isPersonName: false, warnings);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.EqualTo("\uFFFDA\uFFFD"));
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0], Does.Contain("Byte 0x85 at value offset 0"));
        });
    }

    [Test]
    public void Decode_AsciiOnlyValue_IsReadAsIs()
    {
        var decoded = Korean.Decode("Hong^Gildong\\Kim"u8, isPersonName: true);

        Assert.That(decoded, Is.EqualTo("Hong^Gildong\\Kim"));
    }

    [Test]
    public void Encode_CharacterNoDeclaredSetHas_ThrowsWithIndexAndSet()
    {
        var exception = Assert.Throws<DicomException>(() => Japanese.Encode("山é", isPersonName: false));

        Assert.That(exception!.Reason, Does.Contain("U+00E9 at index 1").And.Contain("\\ISO 2022 IR 87"));
    }

    [Test]
    public void TryEncode_EscapeCharacter_IsRefused()
    {
        Assert.That(Japanese.TryEncode("A\u001B(B", isPersonName: false, out _), Is.False);
    }

    [Test]
    public void EncodeDecode_MultipleValuesAndLines_RoundTrip()
    {
        var set = DicomCharacterSet.FromTerms(["ISO 2022 IR 13", "ISO 2022 IR 87", "ISO 2022 IR 159"]);
        const string Text = "ﾔﾏﾀﾞ\\山田 丂\r\nやまだ\t‾";

        var bytes = set.Encode(Text, isPersonName: false);

        Assert.That(set.Decode(bytes, isPersonName: false), Is.EqualTo(Text));
    }
}
