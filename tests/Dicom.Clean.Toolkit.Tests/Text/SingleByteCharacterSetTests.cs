using System.Collections.Frozen;
using Dicom.Clean.Toolkit.Text;

namespace Dicom.Clean.Toolkit.Tests.Text;

/// <summary>The single-byte sets without code extensions (PS3.3 Table C.12-2).</summary>
public sealed class SingleByteCharacterSetTests
{
    // Bytes 0xA0-0xFF of each set as glibc iconv (the converter DCMTK 3.6.7 uses on Debian 12)
    // reads them, U+FFFD where iconv refuses the byte: made with
    //   for b in 0xA0..0xFF: printf "\x$b" | iconv -f ISO-8859-n -t UTF-16BE  (TIS-620 for ISO_IR 166)
    private static readonly FrozenDictionary<string, string> RightHalves = new Dictionary<string, string>
    {
        ["ISO_IR 100"] = "\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ",
        ["ISO_IR 101"] = "\u00A0Ą˘Ł¤ĽŚ§¨ŠŞŤŹ\u00ADŽŻ°ą˛ł´ľśˇ¸šşťź˝žżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙",
        ["ISO_IR 109"] = "\u00A0Ħ˘£¤�Ĥ§¨İŞĞĴ\u00AD�Ż°ħ²³´µĥ·¸ışğĵ½�żÀÁÂ�ÄĊĈÇÈÉÊËÌÍÎÏ�ÑÒÓÔĠÖ×ĜÙÚÛÜŬŜßàáâ�äċĉçèéêëìíîï�ñòóôġö÷ĝùúûüŭŝ˙",
        ["ISO_IR 110"] = "\u00A0ĄĸŖ¤ĨĻ§¨ŠĒĢŦ\u00ADŽ¯°ą˛ŗ´ĩļˇ¸šēģŧŊžŋĀÁÂÃÄÅÆĮČÉĘËĖÍÎĪĐŅŌĶÔÕÖ×ØŲÚÛÜŨŪßāáâãäåæįčéęëėíîīđņōķôõö÷øųúûüũū˙",
        ["ISO_IR 144"] = "\u00A0ЁЂЃЄЅІЇЈЉЊЋЌ\u00ADЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя№ёђѓєѕіїјљњћќ§ўџ",
        ["ISO_IR 127"] = "\u00A0���¤�������\u060C\u00AD�������������\u061B���\u061F�\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062A\u062B\u062C\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A�����\u0640\u0641\u0642\u0643\u0644\u0645\u0646\u0647\u0648\u0649\u064A\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652�������������",
        ["ISO_IR 126"] = "\u00A0‘’£€₯¦§¨©ͺ«¬\u00AD�―°±²³΄΅Ά·ΈΉΊ»Ό½ΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ�ΣΤΥΦΧΨΩΪΫάέήίΰαβγδεζηθικλμνξοπρςστυφχψωϊϋόύώ�",
        ["ISO_IR 138"] = "\u00A0�¢£¤¥¦§¨©×«¬\u00AD®¯°±²³´µ¶·¸¹÷»¼½¾��������������������������������‗\u05D0\u05D1\u05D2\u05D3\u05D4\u05D5\u05D6\u05D7\u05D8\u05D9\u05DA\u05DB\u05DC\u05DD\u05DE\u05DF\u05E0\u05E1\u05E2\u05E3\u05E4\u05E5\u05E6\u05E7\u05E8\u05E9\u05EA��\u200E\u200F�",
        ["ISO_IR 148"] = "\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏĞÑÒÓÔÕÖ×ØÙÚÛÜİŞßàáâãäåæçèéêëìíîïğñòóôõö÷øùúûüışÿ",
        ["ISO_IR 203"] = "\u00A0¡¢£€¥Š§š©ª«¬\u00AD®¯°±²³Žµ¶·ž¹º»ŒœŸ¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ",
        ["ISO_IR 166"] = "�กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮฯะ\u0E31\u0E32\u0E33\u0E34\u0E35\u0E36\u0E37\u0E38\u0E39\u0E3A����\u0E3F\u0E40\u0E41\u0E42\u0E43\u0E44\u0E45\u0E46\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E4D\u0E4E๏๐๑๒๓๔๕๖๗๘๙๚๛����",
    }.ToFrozenDictionary();

    public static IEnumerable<string> Terms => RightHalves.Keys.Order(StringComparer.Ordinal);

    public static IEnumerable<string> TermsWithUnmappedBytes => Terms.Where(t => RightHalves[t].Contains('\uFFFD', StringComparison.Ordinal));

    [TestCaseSource(nameof(Terms))]
    public void Decode_EveryByteAbove0x9F_MatchesIconv(string term)
    {
        var bytes = Enumerable.Range(0xA0, 0x60).Select(b => (byte)b).ToArray();

        var decoded = DicomCharacterSet.FromTerms([term]).Decode(bytes, isPersonName: false);

        Assert.That(decoded, Is.EqualTo(RightHalves[term]));
    }

    [TestCaseSource(nameof(Terms))]
    public void Decode_AsciiBytes_AreAscii(string term)
    {
        var bytes = Enumerable.Range(0x20, 0x5F).Select(b => (byte)b).ToArray();

        var decoded = DicomCharacterSet.FromTerms([term]).Decode(bytes, isPersonName: false);

        Assert.That(decoded, Is.EqualTo(System.Text.Encoding.ASCII.GetString(bytes)));
    }

    [TestCaseSource(nameof(Terms))]
    public void EncodeDecode_EveryMappedCharacter_RoundTrips(string term)
    {
        var set = DicomCharacterSet.FromTerms([term]);
        var text = "Aa0^=\\ " + RightHalves[term].Replace("\uFFFD", string.Empty, StringComparison.Ordinal);

        var bytes = set.Encode(text, isPersonName: true);

        Assert.That(set.Decode(bytes, isPersonName: true), Is.EqualTo(text));
    }

    // Patient's Name bytes of the corpus's charset_files (pydicom's FileInfo.txt) and the names
    // DCMTK's dcm2json gives for them (ref/pydicom/json).
    [TestCase("ISO_IR 127", "E2C8C7E6EA5EE4E6D2C7D1", "قباني^لنزار")]
    [TestCase("ISO_IR 100", "4275635E4AE972F46D65", "Buc^Jérôme")]
    [TestCase("ISO_IR 100", "C46E6561735E52FC6469676572", "Äneas^Rüdiger")]
    [TestCase("ISO_IR 126", "C4E9EFEDF5F3E9EFF2", "Διονυσιος")]
    [TestCase("ISO_IR 138", "F9F8E5EF5EE3E1E5F8E4", "שרון^דבורה")]
    [TestCase("ISO_IR 144", "BBEEDA6365DCD17970D3", "Люкceмбypг")]
    public void Decode_CorpusPatientName_MatchesDcmtk(string term, string hex, string name)
    {
        var decoded = DicomCharacterSet.FromTerms([term]).Decode(Convert.FromHexString(hex), isPersonName: true);

        Assert.That(decoded, Is.EqualTo(name));
    }

    [TestCaseSource(nameof(TermsWithUnmappedBytes))]
    public void Decode_UnmappedByte_WarnsWithOffsetAndReplaces(string term)
    {
        var unmapped = RightHalves[term].IndexOf('\uFFFD', StringComparison.Ordinal);
        var warnings = new List<string>();

        var decoded = DicomCharacterSet.FromTerms([term]).Decode([0x41, (byte)(0xA0 + unmapped)], isPersonName: false, warnings);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.EqualTo("A\uFFFD"));
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0], Does.Contain("offset 1"));
        });
    }
}
