using Dicom.Clean.Toolkit.Dictionary;

namespace Dicom.Clean.Toolkit.Tests.Dictionary;

[TestFixture]
public sealed class DicomDictionaryTests
{
    private static readonly DicomDictionary Dictionary = DicomDictionary.Default;

    [Test]
    public void Find_StandardTag_GivesKeywordVRAndMultiplicity()
    {
        var entry = Dictionary.Find(DicomTags.ImageType)!;

        Assert.Multiple(() =>
        {
            Assert.That(entry.Keyword, Is.EqualTo("ImageType"));
            Assert.That(entry.ValueRepresentation, Is.EqualTo(DicomVR.CS));
            Assert.That(entry.Multiplicity, Is.EqualTo(new DicomValueMultiplicity(2, int.MaxValue, 1)));
            Assert.That(entry.Multiplicity.ToString(), Is.EqualTo("2-n"));
            Assert.That(entry.IsRetired, Is.False);
        });
    }

    [Test]
    public void Find_RetiredTag_HasFlagAndKeywordWithoutPrefix()
    {
        var entry = Dictionary.Find(new DicomTag(0x0008, 0x0040))!;

        Assert.Multiple(() =>
        {
            Assert.That(entry.Keyword, Is.EqualTo("DataSetType"));
            Assert.That(entry.IsRetired, Is.True);
        });
    }

    [TestCase((ushort)0x6000, (ushort)0x3000, "OverlayData")]
    [TestCase((ushort)0x601E, (ushort)0x0010, "OverlayRows")]
    [TestCase((ushort)0x5002, (ushort)0x3000, "CurveData")]
    [TestCase((ushort)0x7F02, (ushort)0x0010, "VariablePixelData")]
    [TestCase((ushort)0x0020, (ushort)0x3102, "SourceImageIDs")]
    public void Find_RepeatingGroupOrElementRange_MatchesTheRange(ushort group, ushort element, string keyword)
    {
        var entry = Dictionary.Find(new DicomTag(group, element))!;

        Assert.Multiple(() =>
        {
            Assert.That(entry.Keyword, Is.EqualTo(keyword));
            Assert.That(entry.IsRange, Is.True);
        });
    }

    [Test]
    public void Find_OddGroupInRepeatingRange_IsNotMatched()
    {
        Assert.That(Dictionary.Find(new DicomTag(0x6001, 0x3000))?.Keyword, Is.Not.EqualTo("OverlayData"));
    }

    [Test]
    public void Find_MultipleVRs_ListsEveryAlternative()
    {
        var smallest = Dictionary.Find(DicomTags.SmallestImagePixelValue)!;
        var pixelData = Dictionary.Find(DicomTags.PixelData)!;

        Assert.Multiple(() =>
        {
            Assert.That(smallest.ValueRepresentations, Is.EqualTo(new[] { DicomVR.US, DicomVR.SS }));
            Assert.That(pixelData.ValueRepresentations, Is.EqualTo(new[] { DicomVR.OB, DicomVR.OW }));
            Assert.That(pixelData.Allows(DicomVR.OW), Is.True);
        });
    }

    [TestCase((ushort)0x0010, "GenericGroupLength")]
    [TestCase((ushort)0x0009, "PrivateGroupLength")]
    public void Find_GroupLength_IsUL(ushort group, string keyword)
    {
        var entry = Dictionary.Find(new DicomTag(group, 0x0000))!;

        Assert.Multiple(() =>
        {
            Assert.That(entry.ValueRepresentation, Is.EqualTo(DicomVR.UL));
            Assert.That(entry.Keyword, Is.EqualTo(keyword));
        });
    }

    [Test]
    public void Find_PrivateCreatorElement_IsLO()
    {
        Assert.That(Dictionary.Find(new DicomTag(0x0029, 0x0011))!.ValueRepresentation, Is.EqualTo(DicomVR.LO));
    }

    [Test]
    public void Find_PrivateTagWithKnownCreator_ResolvesInAnyBlock()
    {
        var inFirstBlock = Dictionary.Find(new DicomTag(0x0029, 0x1010), "SIEMENS CSA HEADER")!;
        var inAnotherBlock = Dictionary.Find(new DicomTag(0x0029, 0x2010), "SIEMENS CSA HEADER")!;

        Assert.Multiple(() =>
        {
            Assert.That(inFirstBlock.Keyword, Is.EqualTo("CSAImageHeaderInfo"));
            Assert.That(inFirstBlock.ValueRepresentation, Is.EqualTo(DicomVR.OB));
            Assert.That(inFirstBlock.PrivateCreator, Is.EqualTo("SIEMENS CSA HEADER"));
            Assert.That(inAnotherBlock, Is.SameAs(inFirstBlock));
            Assert.That(Dictionary.Find(new DicomTag(0x0029, 0x1010), "NOBODY"), Is.Null);
        });
    }

    [Test]
    public void FindByKeyword_GivesTheTag()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Dictionary.FindByKeyword("PatientName")!.Tag, Is.EqualTo(new DicomTag(0x0010, 0x0010)));
            Assert.That(Dictionary.FindByKeyword("OverlayData")!.Tag, Is.EqualTo(new DicomTag(0x6000, 0x3000)));
            Assert.That(Dictionary.FindByKeyword("NoSuchKeyword"), Is.Null);
        });
    }

    [Test]
    public void Default_HoldsTheWholeGeneratedTables()
    {
        // dicom.dic holds 4996 entries and private.dic 2836 (DCMTK 3.6.7); later lines may override earlier ones.
        Assert.Multiple(() =>
        {
            Assert.That(Dictionary.StandardEntryCount, Is.EqualTo(4996));
            Assert.That(Dictionary.PrivateEntryCount, Is.GreaterThan(2700));
        });
    }

    [Test]
    public void DicomTags_AgreeWithTheDictionary()
    {
        var properties = typeof(DicomTags).GetProperties();
        var mismatches = properties
            .Where(p => Dictionary.FindByKeyword(p.Name)?.Tag != (DicomTag)p.GetValue(null)!)
            .Select(p => p.Name)
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(properties, Has.Length.GreaterThan(4900));
            Assert.That(mismatches, Is.Empty);
        });
    }

    [TestCase("1", 1, 1, 1)]
    [TestCase("1-n", 1, int.MaxValue, 1)]
    [TestCase("2-2n", 2, int.MaxValue, 2)]
    [TestCase("1-3", 1, 3, 1)]
    public void Multiplicity_Parse_RoundTrips(string text, int minimum, int maximum, int step)
    {
        var multiplicity = DicomValueMultiplicity.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(multiplicity, Is.EqualTo(new DicomValueMultiplicity(minimum, maximum, step)));
            Assert.That(multiplicity.ToString(), Is.EqualTo(text));
        });
    }

    [Test]
    public void Multiplicity_Allows_RespectsStep()
    {
        var evenCounts = DicomValueMultiplicity.Parse("2-2n");

        Assert.Multiple(() =>
        {
            Assert.That(evenCounts.Allows(4), Is.True);
            Assert.That(evenCounts.Allows(3), Is.False);
            Assert.That(evenCounts.Allows(0), Is.False);
        });
    }
}
