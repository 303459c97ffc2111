using System.Buffers.Binary;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Tests.Support;
using Dicom.Clean.Toolkit.Uids;

namespace Dicom.Clean.Toolkit.Tests.IO;

[TestFixture]
public sealed class EncapsulatedPixelDataTests
{
    private static readonly byte[] JpegA = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2];
    private static readonly byte[] MoreOfA = [3, 4, 5, 6];
    private static readonly byte[] JpegB = [0xFF, 0xD8, 0xFF, 0xDB, 7, 8];

    private static DicomPixelData Read(int frames, byte[] basicOffsetTable, byte[]? extended = null, params byte[][] fragments)
    {
        var builder = DicomByteBuilder.Part10("1.2.840.10008.1.2.4.50")
            .Text(0x0028, 0x0008, "IS", frames.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UInt16(0x0028, 0x0010, 2)
            .UInt16(0x0028, 0x0011, 2);
        if (extended is not null)
        {
            builder.Bytes(0x7FE0, 0x0001, "OV", extended);
        }

        var file = DicomFile.Read(builder.Encapsulated(basicOffsetTable, fragments).ToArray());
        return DicomPixelData.Find(file)!;
    }

    private static byte[] UInt32s(params uint[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), values[i]);
        }

        return bytes;
    }

    [Test]
    public void Fragments_RecordOffsetsAndTable()
    {
        var pixels = Read(1, UInt32s(0), null, JpegA, MoreOfA);

        Assert.Multiple(() =>
        {
            Assert.That(pixels.IsEncapsulated, Is.True);
            Assert.That(pixels.TransferSyntax, Is.SameAs(DicomTransferSyntax.JpegBaseline8Bit));
            Assert.That(pixels.Fragments!.Fragments, Has.Count.EqualTo(2));
            Assert.That(pixels.Fragments.ReadBasicOffsets(), Is.EqualTo(new long[] { 0 }));
            Assert.That(pixels.Fragments.Fragments[1].ItemOffset - pixels.Fragments.Fragments[0].ItemOffset, Is.EqualTo(8 + JpegA.Length));
            Assert.That(pixels.Element.GetDisplayText(), Is.EqualTo("<OB encapsulated, 2 fragments>"));
        });
    }

    [Test]
    public void OneFrameInManyFragments_JoinsThem()
    {
        var pixels = Read(1, [], null, JpegA, MoreOfA);

        Assert.Multiple(() =>
        {
            Assert.That(pixels.GetFrameFragments(0), Has.Count.EqualTo(2));
            Assert.That(pixels.GetFrameBytes(0).ToArray(), Is.EqualTo(JpegA.Concat(MoreOfA).ToArray()));
        });
    }

    [Test]
    public void ManyFrames_WithBasicOffsetTable_MapsFragmentsToFrames()
    {
        var secondStart = (uint)(8 + JpegA.Length + 8 + MoreOfA.Length);
        var pixels = Read(2, UInt32s(0, secondStart), null, JpegA, MoreOfA, JpegB);

        Assert.Multiple(() =>
        {
            Assert.That(pixels.GetFrameFragments(0), Has.Count.EqualTo(2));
            Assert.That(pixels.GetFrameBytes(1).ToArray(), Is.EqualTo(JpegB));
        });
    }

    [Test]
    public void ManyFrames_WithExtendedOffsetTable_MapsFragmentsToFrames()
    {
        var secondStart = (ulong)(8 + JpegA.Length + 8 + MoreOfA.Length);
        var extended = new byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(extended.AsSpan(8), secondStart);
        var pixels = Read(2, [], extended, JpegA, MoreOfA, JpegB);

        Assert.That(pixels.GetFrameBytes(0).ToArray(), Is.EqualTo(JpegA.Concat(MoreOfA).ToArray()));
    }

    [Test]
    public void ManyFrames_WithoutTables_FindsCodestreamStarts()
    {
        var pixels = Read(2, [], null, JpegA, MoreOfA, JpegB);

        Assert.Multiple(() =>
        {
            Assert.That(pixels.GetFrameFragments(0), Has.Count.EqualTo(2));
            Assert.That(pixels.GetFrameFragments(1), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void FragmentsThatCannotBeMapped_ThrowWithFrame()
    {
        var pixels = Read(3, [], null, JpegA, MoreOfA);

        var ex = Assert.Throws<DicomException>(() => pixels.GetFrameFragments(1));

        Assert.That(ex!.Frame, Is.Not.Null);
    }

    [Test]
    public void DelimiterBytesInsideAFragment_AreNotTakenForADelimiter()
    {
        byte[] tricky = [0xFF, 0xD8, 0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0];
        var pixels = Read(1, [], null, tricky);

        Assert.That(pixels.GetFrameBytes(0).ToArray(), Is.EqualTo(tricky));
    }
}
