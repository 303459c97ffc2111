using Dicom.Clean.Toolkit.Text;

namespace Dicom.Clean.Toolkit.Tests.Text;

/// <summary>
/// A sequence item may declare its own Specific Character Set, which then applies to its values
/// only (PS3.5 7.5.1); without one it inherits the data set's. Unit level: two character sets
/// and the bytes of the corpus's chrSQEncoding files.
/// </summary>
public sealed class SequenceItemCharacterSetTests
{
    // Patient's Name of the item in chrSQEncoding.dcm / chrSQEncoding1.dcm (PS3.5 H.3.2 bytes).
    private static readonly byte[] ItemName = Convert.FromHexString(
        "D4CFC0DE5EC0DBB33D1B24423B3345441B284A5E1B244242404F3A1B284A3D1B24422464245E24401B284A5E1B2442243F246D24261B284A");

    [Test]
    public void Decode_ItemOverridingTheDataSetSet_UsesTheItemSet()
    {
        var dataSet = DicomCharacterSet.FromTerms(["ISO_IR 192"]);
        var item = DicomCharacterSet.FromTerms(["ISO 2022 IR 13", "ISO 2022 IR 87"]);
        var warnings = new List<string>();

        var withItemSet = item.Decode(ItemName, isPersonName: true);
        var withDataSetSet = dataSet.Decode(ItemName, isPersonName: true, warnings);

        Assert.Multiple(() =>
        {
            Assert.That(withItemSet, Is.EqualTo("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう"));
            Assert.That(withDataSetSet, Is.Not.EqualTo(withItemSet));
            Assert.That(warnings, Is.Not.Empty, "the item's bytes are not UTF-8");
            Assert.That(dataSet.Decode("Doctor^Who^^MD"u8, isPersonName: true), Is.EqualTo("Doctor^Who^^MD"));
        });
    }

    [Test]
    public void Decode_ItemInheritingTheDataSetSet_ReadsTheSameName()
    {
        var dataSet = DicomCharacterSet.FromTerms(["ISO 2022 IR 13", "ISO 2022 IR 87"]);

        Assert.That(dataSet.Decode(ItemName, isPersonName: true), Is.EqualTo("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう"));
    }
}
