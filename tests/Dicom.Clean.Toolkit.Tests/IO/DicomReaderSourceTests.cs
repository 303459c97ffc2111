using System.IO.Compression;
using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.IO;

/// <summary>Files, streams, deflate and large values: where values come from and when they are read.</summary>
[TestFixture]
public sealed class DicomReaderSourceTests
{
    private const string ExplicitLittle = "1.2.840.10008.1.2.1";
    private string _path = null!;

    [SetUp]
    public void CreatePath() => _path = Path.Combine(Path.GetTempPath(), $"dicom-clean-{Guid.NewGuid():N}.dcm");

    [TearDown]
    public void DeletePath() => File.Delete(_path);

    [Test]
    public void Open_File_LeavesLargeValuesInPlaceAndReadsThemOnDemand()
    {
        var pixels = Enumerable.Range(0, 200_000).Select(i => (byte)i).ToArray();
        File.WriteAllBytes(_path, DicomByteBuilder.Part10(ExplicitLittle)
            .Text(0x0010, 0x0020, "LO", "P1")
            .Bytes(0x7FE0, 0x0010, "OB", pixels)
            .Text(0xFFFC, 0xFFFC, "OB", "after")
            .ToArray());

        using var file = DicomFile.Open(_path);
        var element = file.Dataset.Find(DicomTags.PixelData)!;
        var range = element.GetValueRange();

        Assert.Multiple(() =>
        {
            Assert.That(element.IsDeferred, Is.True);
            Assert.That(file.Dataset.Find(DicomTags.PatientID)!.IsDeferred, Is.False);
            Assert.That(range.Offset, Is.EqualTo(element.ValueOffset));
            Assert.That(range.TryGetMemory(out _), Is.False, "file ranges are read, not mapped");
            Assert.That(element.RawValue.ToArray(), Is.EqualTo(pixels));
            Assert.That(System.Text.Encoding.ASCII.GetString(file.Dataset.Find(new DicomTag(0xFFFC, 0xFFFC))!.RawValue.Span), Is.EqualTo("after "));
        });
    }

    [Test]
    public void Read_SeekableStream_MatchesMemoryRead()
    {
        var bytes = DicomByteBuilder.Part10(ExplicitLittle)
            .Text(0x0010, 0x0010, "PN", "Stream^Test")
            .Bytes(0x7FE0, 0x0010, "OW", new byte[100_000])
            .ToArray();

        using var file = DicomFile.Read(new MemoryStream(bytes));

        Assert.Multiple(() =>
        {
            Assert.That(file.Dataset.Find(DicomTags.PatientName)!.GetString(), Is.EqualTo("Stream^Test"));
            Assert.That(file.Dataset.Find(DicomTags.PixelData)!.IsDeferred, Is.True);
            Assert.That(file.Dataset.Find(DicomTags.PixelData)!.RawValue.Length, Is.EqualTo(100_000));
        });
    }

    [Test]
    public void Read_Memory_SlicesValuesWithoutCopying()
    {
        var bytes = DicomByteBuilder.Part10(ExplicitLittle).Bytes(0x7FE0, 0x0010, "OW", new byte[1000]).ToArray();

        var element = DicomFile.Read(bytes).Dataset.Find(DicomTags.PixelData)!;
        bytes[element.ValueOffset] = 42;

        Assert.Multiple(() =>
        {
            Assert.That(element.IsDeferred, Is.False);
            Assert.That(element.RawValue.Span[0], Is.EqualTo(42), "the value is a view of the caller's bytes");
            Assert.That(element.GetValueRange().TryGetMemory(out _), Is.True);
        });
    }

    [Test]
    public void Read_Deflated_InflatesTheDataSet()
    {
        var dataset = new DicomByteBuilder().Text(0x0008, 0x0060, "CS", "SR").Text(0x0010, 0x0010, "PN", "Deflated^Name").ToArray();
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(dataset);
        }

        var bytes = DicomByteBuilder.Part10("1.2.840.10008.1.2.1.99").Raw(compressed.ToArray()).ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(file.TransferSyntax.IsDeflated, Is.True);
            Assert.That(file.Dataset.Find(DicomTags.PatientName)!.GetString(), Is.EqualTo("Deflated^Name"));
            Assert.That(file.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Read_DeflateBomb_ThrowsPastTheLimit()
    {
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(new byte[4_000_000]);
        }

        var bytes = DicomByteBuilder.Part10("1.2.840.10008.1.2.1.99").Raw(compressed.ToArray()).ToArray();

        var ex = Assert.Throws<DicomException>(() => DicomFile.Read(bytes, new DicomReaderOptions { MaxInflatedLength = 1_000_000 }));

        Assert.That(ex!.Reason, Does.Contain("inflates beyond"));
    }

    [Test]
    public void Open_FileOver2GB_ReadsElementsPastTheLimitWith64BitOffsets()
    {
        // A sparse file: 2.5 GB of pixel data that is never read, then an element after it.
        const long pixelLength = 2_500_000_000;
        var header = DicomByteBuilder.Part10(ExplicitLittle)
            .UInt16(0x0028, 0x0010, 50_000)
            .UInt16(0x0028, 0x0011, 50_000)
            .UInt16(0x0028, 0x0100, 8)
            .Text(0x0028, 0x0004, "CS", "MONOCHROME2")
            .Header(0x7FE0, 0x0010, "OB", (uint)pixelLength)
            .ToArray();
        var trailer = new DicomByteBuilder().Text(0xFFFC, 0xFFFC, "OB", "tail").ToArray();
        using (var stream = new FileStream(_path, FileMode.CreateNew))
        {
            stream.Write(header);
            stream.Seek(pixelLength, SeekOrigin.Current);
            stream.Write(trailer);
        }

        using var file = DicomFile.Open(_path);
        var pixels = DicomPixelData.Find(file)!;
        var last = file.Dataset.Find(new DicomTag(0xFFFC, 0xFFFC))!;

        Assert.Multiple(() =>
        {
            Assert.That(file.Dataset.Find(DicomTags.PixelData)!.Length, Is.EqualTo(pixelLength));
            Assert.That(last.Offset, Is.GreaterThan(int.MaxValue));
            Assert.That(System.Text.Encoding.ASCII.GetString(last.RawValue.Span), Is.EqualTo("tail"));
            Assert.That(pixels.GetNativeFrame(0).Bytes.Length, Is.EqualTo(pixelLength));
            Assert.That(pixels.GetNativeFrame(0).Bytes.Slice(pixelLength - 4, 4).GetMemory().ToArray(), Is.EqualTo(new byte[4]));
        });
    }
}
