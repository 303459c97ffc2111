using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Domain.Tags;

namespace Dicom.Clean.Domain.UnitTests.Instances;

public sealed class TagValueTests
{
    [TestCase(0x00100010u, "(0010,0010)")]
    [TestCase(0x7FE00010u, "(7FE0,0010)")]
    [TestCase(0x0009100Au, "(0009,100A)")]
    public void FormatTag_PrintsLikeDcmtk(uint tag, string expected) =>
        Assert.That(TagDefinition.FormatTag(tag), Is.EqualTo(expected));

    [Test]
    public void UseDefinition_WithEqualStoredDefinition_Replaces()
    {
        var value = new InstanceTagValue(3, "(0008,1115)[0]", new TagDefinition(0x00081150, "UI", "ReferencedSOPClassUID"), "1.2");
        var stored = new TagDefinition(0x00081150, "UI", "ReferencedSOPClassUID");

        value.UseDefinition(stored);

        Assert.That(value.Definition, Is.SameAs(stored));
    }

    [Test]
    public void UseDefinition_WithDifferentVr_Throws()
    {
        var value = new InstanceTagValue(0, string.Empty, new TagDefinition(0x00100010, "PN", "PatientName"), "x");

        Assert.That(() => value.UseDefinition(new TagDefinition(0x00100010, "LO", "PatientName")), Throws.ArgumentException);
    }
}
