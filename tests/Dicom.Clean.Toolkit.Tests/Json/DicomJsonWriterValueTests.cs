using System.Buffers.Binary;
using static Dicom.Clean.Toolkit.Tests.Json.JsonTestFiles;

namespace Dicom.Clean.Toolkit.Tests.Json;

/// <summary>How each VR's value is written (PS3.18 F.2.3 to F.2.5).</summary>
[TestFixture]
public sealed class DicomJsonWriterValueTests
{
    [TestCase("AE", "STORESCP", """["STORESCP"]""")]
    [TestCase("AS", "042Y", """["042Y"]""")]
    [TestCase("CS", "ORIGINAL\\PRIMARY", """["ORIGINAL","PRIMARY"]""")]
    [TestCase("DA", "20240131", """["20240131"]""")]
    [TestCase("DT", "20240131123000.5+0100", """["20240131123000.5+0100"]""")]
    [TestCase("LO", "  Leading spaces go", """["Leading spaces go"]""")]
    [TestCase("LT", "  Kept\\one value", """["  Kept\\one value"]""")]
    [TestCase("SH", "A\\\\B", """["A",null,"B"]""")]
    [TestCase("ST", "Short text ", """["Short text"]""")]
    [TestCase("TM", "123000.25", """["123000.25"]""")]
    [TestCase("UC", "one\\two", """["one","two"]""")]
    [TestCase("UI", "1.2.840.10008.1.2", """["1.2.840.10008.1.2"]""")]
    [TestCase("UR", "http://example.org/a b", """["http://example.org/a b"]""")]
    [TestCase("UT", "Unlimited \\ text", """["Unlimited \\ text"]""")]
    public void Write_TextVR_WritesStringValues(string vr, string value, string expected)
    {
        var json = JsonOf(b => b.Text(0x0009, 0x0010, "LO", "CREATOR").Text(0x0009, 0x1001, vr, value));

        Assert.That(Attribute(json, "00091001"), Is.EqualTo($$"""{"vr":"{{vr}}","Value":{{expected}}}"""));
    }

    [TestCase("IS", "+5\\007\\-12", "[5,7,-12]")]
    [TestCase("DS", ".5\\5.\\-0.25\\1.5E+3\\ 2 ", "[0.5,5,-0.25,1.5e+3,2]")]
    [TestCase("DS", "1A\\3", """["1A",3]""")]
    [TestCase("IS", "1.0", """["1.0"]""")]
    [TestCase("DS", "\\1", "[null,1]")]
    public void Write_NumberString_WritesNumbersOrTheTextWhenNotANumber(string vr, string value, string expected)
    {
        var json = JsonOf(b => b.Text(0x0009, 0x0010, "LO", "CREATOR").Text(0x0009, 0x1001, vr, value));

        Assert.That(Attribute(json, "00091001"), Is.EqualTo($$"""{"vr":"{{vr}}","Value":{{expected}}}"""));
    }

    [TestCase("Doe^John", """[{"Alphabetic":"Doe^John"}]""")]
    [TestCase("Yamada^Tarou=山田^太郎=やまだ^たろう", """[{"Alphabetic":"Yamada^Tarou","Ideographic":"山田^太郎","Phonetic":"やまだ^たろう"}]""")]
    [TestCase("=山田^太郎", """[{"Ideographic":"山田^太郎"}]""")]
    [TestCase("Doe^John\\\\Roe^Jane", """[{"Alphabetic":"Doe^John"},null,{"Alphabetic":"Roe^Jane"}]""")]
    [TestCase("OB^^^^", """[{"Alphabetic":"OB^^^^"}]""")]
    public void Write_PersonName_WritesComponentGroups(string value, string expected)
    {
        var json = JsonOf(b => b
            .Text(0x0008, 0x0005, "CS", "ISO_IR 192")
            .Bytes(0x0010, 0x0010, "PN", Padded(System.Text.Encoding.UTF8.GetBytes(value))));

        Assert.That(Attribute(json, "00100010"), Is.EqualTo($$"""{"vr":"PN","Value":{{expected}}}"""));
    }

    [Test]
    public void Write_Latin1TextWithoutCharacterSet_DecodesEachByte()
    {
        var json = JsonOf(b => b.Bytes(0x0010, 0x0010, "PN", [(byte)'B', (byte)'u', (byte)'c', (byte)'^', (byte)'J', 0xE9, (byte)'r', 0xF4, (byte)'m', (byte)'e']));

        Assert.That(Attribute(json, "00100010"), Is.EqualTo("""{"vr":"PN","Value":[{"Alphabetic":"Buc^Jérôme"}]}"""));
    }

    [TestCase("ISO_IR 100", new byte[] { 0x43, 0x61, 0x66, 0x7E, 0x65, 0x20 }, "Caf~e")]
    [TestCase("ISO_IR 192", new byte[] { 0x43, 0x61, 0x66, 0x7E, 0x65, 0x20 }, "Caf~e")]
    [TestCase("ISO_IR 13", new byte[] { 0x43, 0x61, 0x66, 0x7E, 0x65, 0x20 }, "Caf\u203Ee")]
    [TestCase("\\ISO 2022 IR 87", new byte[] { 0x1B, 0x24, 0x42, 0x3B, 0x33, 0x45, 0x44, 0x1B, 0x28, 0x42 }, "山田")]
    public void Write_AsciiBytesUnderACharacterSet_WritesWhatTheSetMeans(string characterSet, byte[] value, string expected)
    {
        var json = JsonOf(b => b.Text(0x0008, 0x0005, "CS", characterSet).Bytes(0x0010, 0x0020, "LO", value));

        Assert.That(Attribute(json, "00100020"), Is.EqualTo($$"""{"vr":"LO","Value":["{{expected}}"]}"""));
    }

    [TestCase("US", new byte[] { 1, 0, 0xFF, 0xFF }, "[1,65535]")]
    [TestCase("SS", new byte[] { 0xFF, 0xFF, 2, 0 }, "[-1,2]")]
    [TestCase("UL", new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }, "[4294967295]")]
    [TestCase("SL", new byte[] { 0xFE, 0xFF, 0xFF, 0xFF }, "[-2]")]
    [TestCase("FL", new byte[] { 0, 0, 0xC0, 0x3F }, "[1.5]")]
    [TestCase("FD", new byte[] { 0x9A, 0x99, 0x99, 0x99, 0x99, 0x99, 0xB9, 0x3F }, "[0.1]")]
    [TestCase("UV", new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x1F, 0 }, "[9007199254740991]")]
    [TestCase("UV", new byte[] { 0, 0, 0, 0, 0, 0, 0x20, 0 }, """["9007199254740992"]""")]
    [TestCase("SV", new byte[] { 0, 0, 0, 0, 0, 0, 0, 0x80 }, """["-9223372036854775808"]""")]
    [TestCase("AT", new byte[] { 0x10, 0x00, 0x20, 0x00, 0x09, 0x00, 0xAB, 0x10 }, """["00100020","000910AB"]""")]
    [TestCase("FL", new byte[] { 0, 0, 0xC0, 0x7F, 0, 0, 0x80, 0xFF }, """["NaN","-Infinity"]""")]
    public void Write_BinaryNumbers_WritesNumbers(string vr, byte[] value, string expected)
    {
        var json = JsonOf(b => b.Text(0x0009, 0x0010, "LO", "CREATOR").Bytes(0x0009, 0x1001, vr, value));

        Assert.That(Attribute(json, "00091001"), Is.EqualTo($$"""{"vr":"{{vr}}","Value":{{expected}}}"""));
    }

    [Test]
    public void Write_BigEndianNumbers_ReadsThemInTheirByteOrder()
    {
        var us = new byte[4];
        BinaryPrimitives.WriteUInt16BigEndian(us, 512);
        BinaryPrimitives.WriteUInt16BigEndian(us.AsSpan(2), 7);
        var at = new byte[] { 0x00, 0x10, 0x00, 0x20 };

        var json = JsonOf(b => b.Bytes(0x0028, 0x0010, "US", us).Bytes(0x0028, 0x0009, "AT", at), transferSyntax: ExplicitBig);

        Assert.Multiple(() =>
        {
            Assert.That(Attribute(json, "00280010"), Is.EqualTo("""{"vr":"US","Value":[512,7]}"""));
            Assert.That(Attribute(json, "00280009"), Is.EqualTo("""{"vr":"AT","Value":["00100020"]}"""));
        });
    }

    [TestCase("PN", "")]
    [TestCase("LO", "    ")]
    [TestCase("UI", "\0\0")]
    [TestCase("US", "")]
    [TestCase("OB", "")]
    [TestCase("SQ", "")]
    public void Write_EmptyValue_WritesOnlyTheVR(string vr, string value)
    {
        var json = JsonOf(b => b.Text(0x0009, 0x0010, "LO", "CREATOR").Text(0x0009, 0x1001, vr, value));

        Assert.That(Attribute(json, "00091001"), Is.EqualTo($$"""{"vr":"{{vr}}"}"""));
    }

    private static byte[] Padded(byte[] bytes) => bytes.Length % 2 == 0 ? bytes : [.. bytes, (byte)' '];
}
