using System.Globalization;
using System.Text;
using System.Text.Json;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Text;

/// <summary>
/// The corpus's <c>pydicom/charset_files</c> read end to end: Specific Character Set applied by the
/// reader, items inheriting or overriding it. Raw bytes are checked against
/// <c>charset_files/FileInfo.txt</c>, decoded text against DCMTK's <c>dcm2json</c>
/// (<c>ref/pydicom/json</c>) where DCMTK could convert the file, else against PS3.5 Annex H.
/// </summary>
[TestFixture]
public sealed class CorpusCharacterSetTests
{
    private static readonly DicomTag PatientName = new(0x0010, 0x0010);

    // FileInfo.txt: file name, character sets, then Patient's Name as a Python bytes literal
    // starting in the column of the '"Patient's Name"' header.
    private static readonly Lazy<Dictionary<string, byte[]>> NamesInFileInfo = new(() =>
    {
        var lines = File.ReadAllLines(SharedCorpus.CorpusFile("pydicom", "charset_files", "FileInfo.txt"), Encoding.Latin1);
        var column = lines[0].IndexOf("\"Patient", StringComparison.Ordinal);
        var rows = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(2).TakeWhile(l => l.Length > column))
        {
            rows[line[..line.IndexOf(' ', StringComparison.Ordinal)]] = PythonBytes(line[column..].Trim());
        }

        return rows;
    });

    // Expected Patient's Name, exactly. Same as dcm2json where it exists (checked below, which
    // drops trailing empty groups); the Japanese files DCMTK's iconv cannot read hold the bytes
    // of PS3.5 H.3.1/H.3.2, so their text is the standard's.
    private static readonly object[] Names =
    [
        new object[] { "chrArab.dcm", "قباني^لنزار" },
        new object[] { "chrFren.dcm", "Buc^Jérôme" },
        new object[] { "chrFrenMulti.dcm", "Buc^Jérôme" },
        new object[] { "chrGerm.dcm", "Äneas^Rüdiger" },
        new object[] { "chrGreek.dcm", "Διονυσιος" },
        new object[] { "chrH31.dcm", "Yamada^Tarou=山田^太郎=やまだ^たろう" },
        new object[] { "chrH32.dcm", "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう" },
        new object[] { "chrHbrw.dcm", "שרון^דבורה" },
        new object[] { "chrI2.dcm", "Hong^Gildong=洪^吉洞=홍^길동" },
        new object[] { "chrRuss.dcm", "Люкceмбypг" },
        new object[] { "chrX1.dcm", "Wang^XiaoDong=王^小東=" },
        new object[] { "chrX2.dcm", "Wang^XiaoDong=王^小东=" },
        new object[] { "chrKoreanMulti.dcm", "김희중" },
        new object[] { "chrJapMulti.dcm", "やまだ^たろう" },
        new object[] { "chrJapMultiExplicitIR6.dcm", "やまだ^たろう" },
    ];

    private static readonly string[] FilesWithReferenceJson =
    [
        "chrArab.dcm", "chrFren.dcm", "chrFrenMulti.dcm", "chrGerm.dcm", "chrGreek.dcm", "chrHbrw.dcm",
        "chrI2.dcm", "chrKoreanMulti.dcm", "chrRuss.dcm", "chrX1.dcm", "chrX2.dcm",
    ];

    [TestCaseSource(nameof(Names))]
    public void PatientName_DecodesExactly(string fileName, string expected)
    {
        using var file = DicomFile.Open(SharedCorpus.CorpusFile("pydicom", "charset_files", fileName));
        var element = file.Dataset.Find(PatientName) ?? throw new AssertionException("no Patient's Name");

        var name = element.GetString(file.Dataset.CharacterSet);

        Assert.Multiple(() =>
        {
            Assert.That(name, Is.EqualTo(expected));
            if (NamesInFileInfo.Value.TryGetValue(fileName, out var fileInfoBytes))
            {
                Assert.That(Convert.ToHexString(element.RawValue.Span.TrimEnd((byte)' ')), Is.EqualTo(Convert.ToHexString(fileInfoBytes)), "bytes FileInfo.txt gives");
            }
        });
    }

    [Test]
    public void FileInfo_ListsEveryFileOfItsTable()
    {
        // The first twelve names above are the rows of FileInfo.txt's table.
        Assert.That(NamesInFileInfo.Value.Keys, Is.SupersetOf(Names.Cast<object[]>().Select(n => (string)n[0]).Take(12)));
    }

    [TestCaseSource(nameof(FilesWithReferenceJson))]
    public void TextValues_MatchDcm2json(string fileName)
    {
        using var file = DicomFile.Open(SharedCorpus.CorpusFile("pydicom", "charset_files", fileName));
        using var json = JsonDocument.Parse(File.ReadAllText(SharedCorpus.CorpusFile("ref", "pydicom", "json", $"charset_files__{fileName}.json")));
        var compared = 0;
        var differences = new List<string>();

        foreach (var member in json.RootElement.EnumerateObject())
        {
            var vr = member.Value.GetProperty("vr").GetString();
            if (vr is not ("PN" or "LO" or "SH" or "ST" or "LT" or "UT" or "UC") || !member.Value.TryGetProperty("Value", out var values))
            {
                continue;
            }

            var tag = DicomTag.FromUInt32(uint.Parse(member.Name, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            var element = file.Dataset.Find(tag);
            var actual = element?.GetStrings(file.Dataset.CharacterSet).Select(v => vr == "PN" ? WithoutTrailingEmptyComponents(v) : v).ToArray();
            var expected = values.EnumerateArray().Select(v => vr == "PN" ? FromJsonPersonName(v) : (v.GetString() ?? string.Empty).TrimEnd('\0', ' ')).ToArray();
            compared++;
            if (actual is null || !actual.SequenceEqual(expected))
            {
                differences.Add($"{tag} {vr}: [{string.Join("|", actual ?? [])}] != [{string.Join("|", expected)}]");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(compared, Is.GreaterThanOrEqualTo(4), "text elements compared");
            Assert.That(differences, Is.Empty, string.Join('\n', differences));
            Assert.That(file.Warnings, Is.Empty);
        });
    }

    [Test]
    public void MultiValuedJapanese_EachValueDecodes()
    {
        using var file = DicomFile.Open(SharedCorpus.CorpusFile("pydicom", "charset_files", "chrJapMulti.dcm"));
        var set = file.Dataset.CharacterSet;

        Assert.Multiple(() =>
        {
            Assert.That(file.Dataset.Find(new DicomTag(0x0010, 0x1001))!.GetStrings(set), Is.EqualTo(new[] { "やまだ^たろう", "やまだ^たろう" }));
            Assert.That(file.Dataset.Find(new DicomTag(0x0010, 0x21B0))!.GetString(set), Is.EqualTo("たろう"));
        });
    }

    [Test]
    public void SequenceItem_DeclaringItsOwnSet_OverridesTheDataSetSet()
    {
        // chrSQEncoding.dcm: data set ISO_IR 192, item ISO 2022 IR 13\ISO 2022 IR 87.
        using var file = DicomFile.Open(SharedCorpus.CorpusFile("pydicom", "charset_files", "chrSQEncoding.dcm"));
        var item = file.Dataset.Find(new DicomTag(0x0032, 0x1064))!.Items[0];

        Assert.Multiple(() =>
        {
            Assert.That(file.Dataset.CharacterSet.Terms, Is.EqualTo(new[] { "ISO_IR 192" }));
            Assert.That(item.CharacterSet.Terms, Is.EqualTo(new[] { "ISO 2022 IR 13", "ISO 2022 IR 87" }));
            Assert.That(item.Find(PatientName)!.GetString(item.CharacterSet), Is.EqualTo("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう"));
            Assert.That(file.Dataset.Find(new DicomTag(0x0032, 0x1032))!.GetString(file.Dataset.CharacterSet), Is.EqualTo("Doctor^Who^^MD"));
        });
    }

    [Test]
    public void SequenceItem_WithoutItsOwnSet_InheritsTheDataSetSet()
    {
        // chrSQEncoding1.dcm: ISO 2022 IR 13\ISO 2022 IR 87 on the data set only.
        using var file = DicomFile.Open(SharedCorpus.CorpusFile("pydicom", "charset_files", "chrSQEncoding1.dcm"));
        var item = file.Dataset.Find(new DicomTag(0x0032, 0x1064))!.Items[0];

        Assert.Multiple(() =>
        {
            Assert.That(item.CharacterSet, Is.SameAs(file.Dataset.CharacterSet));
            Assert.That(item.Find(PatientName)!.GetString(item.CharacterSet), Is.EqualTo("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう"));
        });
    }

    private static byte[] PythonBytes(string literal)
    {
        var bytes = new List<byte>();
        var body = literal[1..^1];
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\')
            {
                bytes.Add((byte)body[i]);
            }
            else if (body[i + 1] == 'x')
            {
                bytes.Add(byte.Parse(body.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 3;
            }
            else
            {
                bytes.Add((byte)body[++i]); // \\ and \'
            }
        }

        return [.. bytes];
    }

    // dcm2json drops trailing empty components and groups (corpus/README.md): compare without them.
    private static string WithoutTrailingEmptyComponents(string name) =>
        string.Join('=', name.Split('=').Select(g => g.TrimEnd('^'))).TrimEnd('=');

    private static string FromJsonPersonName(JsonElement value) =>
        WithoutTrailingEmptyComponents(string.Join('=', new[] { "Alphabetic", "Ideographic", "Phonetic" }
            .Select(g => value.TryGetProperty(g, out var part) ? part.GetString() : string.Empty)));
}
