using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Tests.Support;
using Dicom.Clean.Toolkit.Uids;

namespace Dicom.Clean.Toolkit.Tests.Writer;

/// <summary>
/// Data sets built in code in every character set the toolkit writes, written, read back and decoded
/// (issue 2, item 4): person names with their component groups, several values, long text, sequence
/// items inheriting or overriding the set. A character the set cannot express is refused when the text
/// is encoded, naming the element; a copied data set whose set the builder changes is re-encoded.
/// </summary>
[TestFixture]
public sealed class CharacterSetRoundTripTests
{
    private static readonly DicomTag PhysiciansOfRecord = new(0x0008, 0x1048);
    private static readonly DicomTag ProcedureCodeSequence = new(0x0008, 0x1032);

    private static readonly object[] Cases =
    [
        Case("default repertoire", [], "Doe^John", "General Hospital"),
        Case("ISO 8859-1", ["ISO_IR 100"], "Buc^Jérôme", "Hôpital Universitaire"),
        Case("ISO 8859-2", ["ISO_IR 101"], "Wałęsa^Lech", "Szpital Św. Łukasza"),
        Case("ISO 8859-3", ["ISO_IR 109"], "Borg^Ġużeppi", "Sptar Ħal Għargħur"),
        Case("ISO 8859-4", ["ISO_IR 110"], "Bērziņš^Jānis", "Rīgas slimnīca"),
        Case("ISO 8859-5", ["ISO_IR 144"], "Иванов^Иван", "Городская больница"),
        Case("ISO 8859-6", ["ISO_IR 127"], "قباني^لنزار", "مستشفى"),
        Case("ISO 8859-7", ["ISO_IR 126"], "Διονυσιος^Γιαννης", "Νοσοκομείο"),
        Case("ISO 8859-8", ["ISO_IR 138"], "שרון^דבורה", "בית חולים"),
        Case("ISO 8859-9", ["ISO_IR 148"], "Çelik^Şükrü", "Iğdır Devlet Hastanesi"),
        Case("ISO 8859-15", ["ISO_IR 203"], "Lœuvre^Zoé", "Tarif 5 €"),
        Case("TIS 620", ["ISO_IR 166"], "ประเทศไทย^ไทย", "โรงพยาบาล"),
        Case("JIS X 0201", ["ISO_IR 13"], "ﾔﾏﾀﾞ^ﾀﾛｳ", "ABC ｱｲｳ"),
        Case("UTF-8", ["ISO_IR 192"], "Wang^XiaoDong=王^小東=", "Größe 😀 Ωμέγα 中文"),
        Case("GB 18030", ["GB18030"], "Wang^XiaoDong=王^小东=", "中文 € 😀"),
        Case("GBK", ["GBK"], "Wang^XiaoDong=王^小东=", "北京 中文"),
        Case("ISO 2022 JIS X 0208", ["", "ISO 2022 IR 87"], "Yamada^Tarou=山田^太郎=やまだ^たろう", "東京 病院"),
        Case("ISO 2022 JIS X 0201 + 0208", ["ISO 2022 IR 13", "ISO 2022 IR 87"], "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう", "ｱｲｳ 病院"),
        Case("ISO 2022 JIS X 0208 + 0212", ["", "ISO 2022 IR 87", "ISO 2022 IR 159"], "Yamada^Tarou=山田^太郎=やまだ^たろう", "丂 病院"),
        Case("ISO 2022 KS X 1001", ["", "ISO 2022 IR 149"], "Hong^Gildong=洪^吉洞=홍^길동", "서울 병원"),
        Case("ISO 2022 GB 2312", ["", "ISO 2022 IR 58"], "Zhang^XiaoDong=张^小东=", "北京 医院"),
        Case("ISO 2022 Latin-1 + Greek", ["ISO 2022 IR 100", "ISO 2022 IR 126"], "Müller^Jörg=Μιλλερ^Γιοργκ", "Müller Νοσοκομείο"),
    ];

    private static readonly DicomTransferSyntax[] Syntaxes = [DicomTransferSyntax.ExplicitVRLittleEndian, DicomTransferSyntax.ImplicitVRLittleEndian];

    [Test]
    public void WriteThenRead_InEachCharacterSet_DecodesTheSameText(
        [ValueSource(nameof(Cases))] CharacterSetCase example,
        [ValueSource(nameof(Syntaxes))] DicomTransferSyntax syntax)
    {
        var built = Build(example);

        using var file = DicomFile.Read(DicomWriter.WriteToArray(built, syntax));
        var read = file.Dataset;
        var item = read.Find(ProcedureCodeSequence)!.Items[0];
        var warnings = new List<DicomReadWarning>();
        foreach (var entry in read.Walk())
        {
            _ = entry.GetDisplayText(warnings);
        }

        Assert.Multiple(() =>
        {
            Assert.That(read.CharacterSet.Terms, Is.EqualTo(example.Terms));
            Assert.That(read.GetPersonName(DicomTags.PatientName)!.Value, Is.EqualTo(example.Name));
            Assert.That(read.GetPersonName(DicomTags.PatientName)!.Alphabetic, Is.EqualTo(example.Name.Split('=')[0]));
            Assert.That(read.Find(PhysiciansOfRecord)!.GetPersonNames(read.CharacterSet).Select(n => n.Value), Is.EqualTo(new[] { example.Name, "Second^Value" }));
            Assert.That(read.GetStrings(DicomTags.InstitutionName), Is.EqualTo(new[] { example.Text }));
            Assert.That(read.GetString(DicomTags.PatientComments), Is.EqualTo(example.Text + "\r\n" + example.Text));
            Assert.That(item.GetString(DicomTags.CodeMeaning), Is.EqualTo(example.Text), "item inheriting the set");
            Assert.That(read.Find(DicomTags.ReferencedPatientPhotoSequence)!.Items[0].GetString(DicomTags.PatientName), Is.EqualTo("Grüß^Anna"), "item overriding it");
            Assert.That(warnings, Is.Empty, "nothing the declared set cannot decode");
            Assert.That(Texts(read), Is.EqualTo(Texts(built)));
        });
    }

    [Test]
    public void Build_JisX0212Character_DesignatesIsoIr159()
    {
        var built = Build(new CharacterSetCase("JIS X 0212", ["", "ISO 2022 IR 87", "ISO 2022 IR 159"], "Yamada^Tarou", "丂"));

        var bytes = built.Find(DicomTags.InstitutionName)!.RawValue.ToArray();

        Assert.That(Convert.ToHexString(bytes), Does.StartWith("1B242844"), "ESC $ ( D: JIS X 0212 in G0");
    }

    [TestCase("ISO_IR 100", "Иванов^Иван", 0x0418)]
    [TestCase("", "Buc^Jérôme", 0x00E9)]
    [TestCase("\\ISO 2022 IR 87", "홍^길동", 0xD64D)]
    [TestCase("GBK", "Smile^😀", 0x1F600)]
    [TestCase("ISO_IR 13", "Müller", 0x00FC)]
    public void Build_CharacterTheSetCannotExpress_ThrowsNamingTheElement(string terms, string name, int codePoint)
    {
        var builder = new DicomDatasetBuilder()
            .Add(DicomTags.SpecificCharacterSet, terms.Split('\\'))
            .Add(DicomTags.PatientName, name);

        var error = Assert.Throws<DicomException>(() => builder.Build());

        Assert.Multiple(() =>
        {
            Assert.That(error!.Tag, Is.EqualTo(DicomTags.PatientName));
            Assert.That(error.Reason, Does.Contain($"U+{codePoint:X4}"));
            Assert.That(error.Reason, Does.Not.Contain(name), "no patient data in the message");
        });
    }

    [Test]
    public void Build_ItemBuiltAloneWithTextOutsideAscii_ThrowsUnlessAddedAsABuilder()
    {
        var item = new DicomDatasetBuilder().Add(DicomTags.CodeMeaning, "山田");

        Assert.Multiple(() =>
        {
            Assert.Throws<DicomException>(() => item.Build(), "built alone: the default repertoire");
            Assert.That(
                new DicomDatasetBuilder().Add(DicomTags.SpecificCharacterSet, "ISO_IR 192").AddSequence(ProcedureCodeSequence, [item]).Build()
                    .Find(ProcedureCodeSequence)!.Items[0].GetString(DicomTags.CodeMeaning),
                Is.EqualTo("山田"));
        });
    }

    [Test]
    public void Build_ChangingTheCharacterSetOfACopy_ReencodesTheCopiedText()
    {
        using var latin1 = DicomFile.Read(DicomWriter.WriteToArray(Build(Case("ISO 8859-1", ["ISO_IR 100"], "Buc^Jérôme", "Hôpital")), DicomTransferSyntax.ExplicitVRLittleEndian));
        var changed = new DicomDatasetBuilder(latin1.Dataset)
            .Add(DicomTags.SpecificCharacterSet, "ISO_IR 192")
            .Add(DicomTags.ReferringPhysicianName, "王^小東")
            .Build();

        using var file = DicomFile.Read(DicomWriter.WriteToArray(changed, DicomTransferSyntax.ExplicitVRLittleEndian));
        var read = file.Dataset;

        Assert.Multiple(() =>
        {
            Assert.That(read.GetString(DicomTags.PatientName), Is.EqualTo("Buc^Jérôme"));
            Assert.That(read.GetString(DicomTags.InstitutionName), Is.EqualTo("Hôpital"));
            Assert.That(read.GetString(DicomTags.ReferringPhysicianName), Is.EqualTo("王^小東"));
            Assert.That(read.Find(ProcedureCodeSequence)!.Items[0].GetString(DicomTags.CodeMeaning), Is.EqualTo("Hôpital"), "inheriting item re-encoded");
            Assert.That(read.Find(DicomTags.ReferencedPatientPhotoSequence)!.Items[0].GetString(DicomTags.PatientName), Is.EqualTo("Grüß^Anna"), "item with its own set kept");
            Assert.That(read.Find(DicomTags.PatientName)!.RawValue.ToArray(), Is.EqualTo("Buc^Jérôme"u8.ToArray()));
        });
    }

    [Test]
    public void Build_CopyOfAnItemInheritingTheSet_KeepsItsTextAndSet()
    {
        using var utf8 = DicomFile.Read(DicomWriter.WriteToArray(Build(Case("UTF-8", ["ISO_IR 192"], "Wang^XiaoDong=王^小東=", "中文")), DicomTransferSyntax.ExplicitVRLittleEndian));
        var item = utf8.Dataset.Find(ProcedureCodeSequence)!.Items[0];

        var edited = new DicomDatasetBuilder(item).Add(DicomTags.CodeValue, "X2").Build();

        Assert.Multiple(() =>
        {
            Assert.That(edited.CharacterSet.Terms, Is.EqualTo(new[] { "ISO_IR 192" }));
            Assert.That(edited.GetString(DicomTags.CodeMeaning), Is.EqualTo("中文"));
        });
    }

    [Test]
    public void Build_ChangingTheCharacterSetOfACopyToOneThatCannotHoldItsText_ThrowsNamingTheElement()
    {
        using var cyrillic = DicomFile.Read(DicomWriter.WriteToArray(Build(Case("ISO 8859-5", ["ISO_IR 144"], "Doe^John", "Больница")), DicomTransferSyntax.ExplicitVRLittleEndian));
        var builder = new DicomDatasetBuilder(cyrillic.Dataset).Add(DicomTags.SpecificCharacterSet, "ISO_IR 100");

        var error = Assert.Throws<DicomException>(() => builder.Build());

        Assert.That(error!.Tag, Is.EqualTo(DicomTags.InstitutionName));
    }

    private static DicomDataset Build(CharacterSetCase example)
    {
        var overriding = new DicomDatasetBuilder().Add(DicomTags.SpecificCharacterSet, "ISO_IR 192").Add(DicomTags.PatientName, "Grüß^Anna").Build();
        var inheriting = new DicomDatasetBuilder().Add(DicomTags.CodeValue, "X1").Add(DicomTags.CodeMeaning, example.Text);
        var builder = new DicomDatasetBuilder();
        if (example.Terms.Length > 0)
        {
            builder.Add(DicomTags.SpecificCharacterSet, example.Terms);
        }

        return builder
            .Add(DicomTags.SOPClassUID, DicomTestData.SecondaryCaptureImageStorage)
            .Add(DicomTags.SOPInstanceUID, "1.2.826.0.1.3680043.10.9")
            .Add(DicomTags.InstitutionName, example.Text)
            .Add(PhysiciansOfRecord, DicomVR.PN, example.Name, "Second^Value")
            .AddSequence(ProcedureCodeSequence, [inheriting])
            .Add(DicomTags.PatientName, example.Name)
            .Add(DicomTags.PatientComments, example.Text + "\r\n" + example.Text)
            .AddSequence(DicomTags.ReferencedPatientPhotoSequence, overriding)
            .Build();
    }

    /// <summary>Every text element's decoded values, in walk order, each with its own data set's character set.</summary>
    private static List<string> Texts(DicomDataset dataset) =>
        [.. dataset.Walk().Where(e => e.Element.VR.IsString).Select(e => $"{e.ItemPath} {e.Element.Tag} {string.Join('|', e.Element.GetStrings(e.Dataset.CharacterSet))}")];

    private static CharacterSetCase Case(string name, string[] terms, string personName, string text) => new(name, terms, personName, text);

    /// <summary>One character set and text it can express.</summary>
    public sealed record CharacterSetCase(string Description, string[] Terms, string Name, string Text)
    {
        public override string ToString() => Description;
    }
}
