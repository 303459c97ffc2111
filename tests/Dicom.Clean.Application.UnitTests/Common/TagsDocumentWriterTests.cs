using System.Text;
using Dicom.Clean.Application.Instances.Common;
using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Domain.Tags;

namespace Dicom.Clean.Application.UnitTests.Common;

public sealed class TagsDocumentWriterTests
{
    [Test]
    public void Write_GivesSeedFieldsInOrderWithPathOnlyForNestedElements()
    {
        var document = TagsDocumentWriter.Write("iEfcZk3Vn6H8iyqc3seHrm",
        [
            (7, new InstanceTagValue(0, string.Empty, new TagDefinition(0x00081115, "SQ", "ReferencedSeriesSequence"), string.Empty)),
            (9, new InstanceTagValue(1, "(0008,1115)[0]", new TagDefinition(0x0020000E, "UI", "SeriesInstanceUID"), "1.2")),
        ]);

        Assert.That(Encoding.UTF8.GetString(document), Is.EqualTo(
            """{"uuid":"iEfcZk3Vn6H8iyqc3seHrm","tags":[""" +
            """{"ID":7,"Tag":"(0008,1115)","VR":"SQ","Value":"","Name":"ReferencedSeriesSequence"},""" +
            """{"ID":9,"Tag":"(0020,000E)","VR":"UI","Value":"1.2","Name":"SeriesInstanceUID","Path":"(0008,1115)[0]"}]}"""));
    }

    [Test]
    public void Write_EscapesLikeTheWebSerializer()
    {
        // Backslash-joined values, quotes and non-ASCII names: escaped as System.Text.Json's default encoder does.
        var document = TagsDocumentWriter.Write("iEfcZk3Vn6H8iyqc3seHrm",
        [
            (1, new InstanceTagValue(0, string.Empty, new TagDefinition(0x00100010, "PN", "PatientName"), "Müller^\"Jo\"\\<b>")),
        ]);

        Assert.That(Encoding.UTF8.GetString(document), Does.Contain("""
            "Value":"M\u00FCller^\u0022Jo\u0022\\\u003Cb\u003E"
            """.Trim()));
    }
}
