namespace Dicom.Clean.Toolkit.Tests.Dictionary;

[TestFixture]
public sealed class DicomVRTests
{
    [Test]
    public void All_HasTheThirtyFourVRsOfPS35()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DicomVR.All, Has.Count.EqualTo(34));
            Assert.That(DicomVR.All.Select(v => v.Code), Is.Unique);
            Assert.That(DicomVR.All, Does.Not.Contain(DicomVR.None));
        });
    }

    [TestCase("OB", true)]
    [TestCase("OW", true)]
    [TestCase("SQ", true)]
    [TestCase("UN", true)]
    [TestCase("UT", true)]
    [TestCase("UC", true)]
    [TestCase("UR", true)]
    [TestCase("UV", true)]
    [TestCase("SV", true)]
    [TestCase("OV", true)]
    [TestCase("US", false)]
    [TestCase("PN", false)]
    [TestCase("LT", false)]
    public void HasLongLength_FollowsPS35Table71(string code, bool expected)
    {
        Assert.That(DicomVR.Parse(code).HasLongLength, Is.EqualTo(expected));
    }

    [Test]
    public void Rules_ForRepresentativeVRs()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DicomVR.UI.PaddingByte, Is.EqualTo(0));
            Assert.That(DicomVR.CS.PaddingByte, Is.EqualTo((byte)' '));
            Assert.That(DicomVR.LO.MaxLength, Is.EqualTo(64));
            Assert.That(DicomVR.AS.IsFixedLength, Is.True);
            Assert.That(DicomVR.FD.UnitSize, Is.EqualTo(8));
            Assert.That(DicomVR.OW.IsEndianSensitive, Is.True);
            Assert.That(DicomVR.OB.IsEndianSensitive, Is.False);
            Assert.That(DicomVR.LT.AllowsMultipleValues, Is.False);
            Assert.That(DicomVR.PN.IsCharacterSetDependent, Is.True);
            Assert.That(DicomVR.CS.IsCharacterSetDependent, Is.False);
            Assert.That(DicomVR.SQ.Category, Is.EqualTo(DicomVRCategory.Sequence));
        });
    }

    [Test]
    public void TryParse_RejectsUnknownCodes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DicomVR.TryParse((byte)'X', (byte)'X', out _), Is.False);
            Assert.That(DicomVR.TryParse("pn", out _), Is.False);
            Assert.That(DicomVR.TryParse("PN", out var vr) && vr == DicomVR.PN, Is.True);
        });
    }
}
