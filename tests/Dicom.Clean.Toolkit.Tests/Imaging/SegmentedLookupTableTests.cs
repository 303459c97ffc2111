using Dicom.Clean.Toolkit.Imaging;

namespace Dicom.Clean.Toolkit.Tests.Imaging;

/// <summary>Segmented palette LUT expansion, PS3.3 C.7.9.2.</summary>
public sealed class SegmentedLookupTableTests
{
    [Test]
    public void FromSegmented_DiscreteSegment_CopiesValues()
    {
        var table = LookupTableData.FromSegmented(3, 0, 16, [0, 3, 100, 200, 300]);

        Assert.That(table.Data.ToArray(), Is.EqualTo(new ushort[] { 100, 200, 300 }));
    }

    [Test]
    public void FromSegmented_LinearSegment_InterpolatesFromThePreviousValue()
    {
        var table = LookupTableData.FromSegmented(5, 0, 16, [0, 1, 1000, 1, 4, 2000]);

        Assert.That(table.Data.ToArray(), Is.EqualTo(new ushort[] { 1000, 1250, 1500, 1750, 2000 }));
    }

    [Test]
    public void FromSegmented_IndirectSegment_ReplaysEarlierSegments()
    {
        // Discrete (0) at word 0, linear (1) at word 4, then indirect: replay 2 segments from offset 0.
        ushort[] data = [0, 2, 10, 20, 1, 2, 40, 2, 2, 0, 0];

        var table = LookupTableData.FromSegmented(8, 0, 16, data);

        Assert.That(table.Data.ToArray(), Is.EqualTo(new ushort[] { 10, 20, 30, 40, 10, 20, 30, 40 }));
    }

    [Test]
    public void FromSegmented_KeepsTheDescriptor()
    {
        var table = LookupTableData.FromSegmented(2, 5, 16, [0, 2, 1, 2]);

        Assert.That((table.NumberOfEntries, table.FirstMappedValue, table.BitsPerEntry), Is.EqualTo(((ushort)2, (ushort)5, (ushort)16)));
    }

    [Test]
    public void FromSegmented_UnknownOpcode_Throws()
    {
        Assert.Throws<DicomException>(() => LookupTableData.FromSegmented(2, 0, 16, [7, 2, 1, 2]));
    }

    [Test]
    public void FromSegmented_TruncatedDiscreteSegment_Throws()
    {
        Assert.Throws<DicomException>(() => LookupTableData.FromSegmented(4, 0, 16, [0, 4, 1, 2]));
    }

    [Test]
    public void FromSegmented_FirstSegmentLinear_Throws()
    {
        Assert.Throws<DicomException>(() => LookupTableData.FromSegmented(2, 0, 16, [1, 2, 100]));
    }

    [Test]
    public void FromSegmented_IndirectPointingAtIndirect_Throws()
    {
        ushort[] data = [0, 1, 5, 2, 1, 2, 0, 2, 1, 2, 0];

        Assert.Throws<DicomException>(() => LookupTableData.FromSegmented(4, 0, 16, data));
    }

    [Test]
    public void FromSegmented_FewerEntriesThanDeclared_Throws()
    {
        Assert.Throws<DicomException>(() => LookupTableData.FromSegmented(10, 0, 16, [0, 2, 1, 2]));
    }

    [Test]
    public void FromSegmented_SelfRepeatingIndirection_StopsAtTheDeclaredSize()
    {
        // An indirect segment replaying 65535 copies of a 65535-entry linear ramp must not run away.
        ushort[] data = [0, 1, 0, 1, 65535, 65535, 2, 65535, 2, 0];

        var table = LookupTableData.FromSegmented(0, 0, 16, data);

        Assert.That(table.Data.Length, Is.EqualTo(65536));
    }
}
