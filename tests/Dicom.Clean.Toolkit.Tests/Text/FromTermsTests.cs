using Dicom.Clean.Toolkit.Text;

namespace Dicom.Clean.Toolkit.Tests.Text;

/// <summary>Reading the values of Specific Character Set (0008,0005), as files really write them.</summary>
public sealed class FromTermsTests
{
    [Test]
    public void FromTerms_NoValueOrEmptyValue_IsTheDefaultRepertoire()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DicomCharacterSet.FromTerms([]), Is.SameAs(DicomCharacterSet.Default));
            Assert.That(DicomCharacterSet.FromTerms([""]), Is.SameAs(DicomCharacterSet.Default));
            Assert.That(DicomCharacterSet.Default.ToString(), Is.EqualTo("ISO_IR 6"));
        });
    }

    [Test]
    public void FromTerms_SameSingleTermTwice_SharesOneInstance()
    {
        var first = DicomCharacterSet.FromTerms(["ISO_IR 100"]);
        var second = DicomCharacterSet.FromTerms(["ISO_IR 100"]);

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.SameAs(first));
            Assert.That(DicomCharacterSet.FromTerms(["ISO_IR 192"]), Is.SameAs(DicomCharacterSet.Utf8));
        });
    }

    [Test]
    public void FromTerms_KeepsTermsAsGiven()
    {
        string[] terms = ["ISO 2022 IR 13", "ISO 2022 IR 87"];

        var set = DicomCharacterSet.FromTerms(terms);

        Assert.Multiple(() =>
        {
            Assert.That(set.Terms, Is.EqualTo(terms));
            Assert.That(set.HasCodeExtensions, Is.True);
            Assert.That(set.ToString(), Is.EqualTo("ISO 2022 IR 13\\ISO 2022 IR 87"));
        });
    }

    [Test]
    public void FromTerms_UnknownTerm_WarnsAndReadsAsDefault()
    {
        var warnings = new List<string>();

        var set = DicomCharacterSet.FromTerms(["ISO_IR 999"], warnings);

        Assert.Multiple(() =>
        {
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0], Does.Contain("'ISO_IR 999' is not a defined term"));
            Assert.That(set.Decode("Doe^John"u8, isPersonName: true), Is.EqualTo("Doe^John"));
        });
    }

    [TestCase("ISO-IR 100")]
    [TestCase("iso_ir 100")]
    [TestCase("ISO_IR100")]
    public void FromTerms_NonStandardSpelling_WarnsAndUsesTheTerm(string term)
    {
        var warnings = new List<string>();

        var set = DicomCharacterSet.FromTerms([term], warnings);

        Assert.Multiple(() =>
        {
            Assert.That(set.Decode([0x4A, 0xE9, 0x72, 0xF4, 0x6D, 0x65], isPersonName: false), Is.EqualTo("Jérôme"));
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0], Does.Contain("read as 'ISO_IR 100'"));
        });
    }

    [Test]
    public void FromTerms_PaddedTerm_IsAcceptedSilently()
    {
        // Leading and trailing spaces of CS values are not significant.
        var warnings = new List<string>();

        var set = DicomCharacterSet.FromTerms([" ISO_IR 100 "], warnings);

        Assert.Multiple(() =>
        {
            Assert.That(set.Decode([0xE9], isPersonName: false), Is.EqualTo("é"));
            Assert.That(warnings, Is.Empty);
        });
    }

    [Test]
    public void FromTerms_Utf8WithOtherTerms_WarnsAndUsesUtf8Only()
    {
        var warnings = new List<string>();

        var set = DicomCharacterSet.FromTerms(["ISO_IR 192", "ISO 2022 IR 87"], warnings);

        Assert.Multiple(() =>
        {
            Assert.That(set.HasCodeExtensions, Is.False);
            Assert.That(set.Decode("王"u8, isPersonName: true), Is.EqualTo("王"));
            Assert.That(warnings, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void FromTerms_MultiByteSetAsValue1_WarnsAndAssumesDefaultFirst()
    {
        // PS3.5 H.3.1 bytes, with the empty value 1 left out as some writers do.
        var warnings = new List<string>();
        var set = DicomCharacterSet.FromTerms(["ISO 2022 IR 87"], warnings);

        var decoded = set.Decode([0x41, 0x3D, 0x1B, 0x24, 0x42, 0x3B, 0x33, 0x45, 0x44, 0x1B, 0x28, 0x42], isPersonName: true);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.EqualTo("A=山田"));
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0], Does.Contain("value 1"));
        });
    }

    [Test]
    public void FromTerms_SingleByteSpellingWithCodeExtensions_WarnsAndUsesTheIso2022Term()
    {
        // "ISO_IR 13\ISO 2022 IR 87" is common; it means ISO 2022 IR 13 (PS3.5 H.3.2 bytes).
        var warnings = new List<string>();
        var set = DicomCharacterSet.FromTerms(["ISO_IR 13", "ISO 2022 IR 87"], warnings);

        var decoded = set.Decode([0xD4, 0xCF, 0xC0, 0xDE, 0x3D, 0x1B, 0x24, 0x42, 0x3B, 0x33, 0x1B, 0x28, 0x4A], isPersonName: true);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.EqualTo("ﾔﾏﾀﾞ=山"));
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0], Does.Contain("read as 'ISO 2022 IR 13'"));
        });
    }

    [Test]
    public void FromTerms_UnknownSecondTerm_IsIgnoredWithWarning()
    {
        var warnings = new List<string>();

        var set = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 999", "ISO 2022 IR 149"], warnings);

        Assert.Multiple(() =>
        {
            Assert.That(set.Decode([0x1B, 0x24, 0x29, 0x43, 0xC8, 0xAB], isPersonName: true), Is.EqualTo("홍"));
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0], Does.Contain("value 2"));
        });
    }
}
