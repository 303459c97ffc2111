using System.IO.Compression;
using System.Security.Cryptography;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.IO;

/// <summary>
/// Deflated Explicit VR Little Endian (PS3.5 A.5): inflated into chunks, spilled to a temporary file
/// past the in-memory threshold, and refused past the absolute or the ratio limit, with the memory
/// allocated bounded whatever the data inflates to (issue 2, item 1).
/// </summary>
[TestFixture]
public sealed class DeflatedDatasetTests
{
    private const string DeflatedUid = "1.2.840.10008.1.2.1.99";
    private const int BombZeros = 64 << 20;

    // 64 MiB of zeros in one private OB value: about 64 KiB compressed (1028:1). Built once.
    private static readonly Lazy<(byte[] File, long DatasetOffset)> Bomb = new(BuildBomb);

    private string _temporaryDirectory = null!;

    [SetUp]
    public void CreateTemporaryDirectory()
    {
        _temporaryDirectory = Path.Combine(Path.GetTempPath(), "dicom-clean-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_temporaryDirectory);
    }

    [TearDown]
    public void DeleteTemporaryDirectory() => Directory.Delete(_temporaryDirectory, recursive: true);

    [Test]
    public void Read_DeflateBombWithoutRatioGuard_SpillsToATemporaryFileWithBoundedAllocation()
    {
        var options = new DicomReaderOptions
        {
            InflateToFileThreshold = 1 << 20,
            MaxInflationRatio = int.MaxValue,
            TemporaryDirectory = _temporaryDirectory,
        };
        var (bytes, _) = Bomb.Value;

        var before = GC.GetAllocatedBytesForCurrentThread();
        var file = DicomFile.Read(bytes, options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        TestContext.Out.WriteLine($"{allocated} bytes allocated for {BombZeros} inflated");
        var zeros = file.Dataset.Find(new DicomTag(0x0009, 0x1010))!;
        var tail = new byte[4096];
        zeros.GetValueRange().Slice(zeros.Length - tail.Length, tail.Length).CopyTo(tail);
        var whileOpen = Directory.GetFiles(_temporaryDirectory).Length;
        file.Dispose();

        Assert.Multiple(() =>
        {
            Assert.That(allocated, Is.LessThan(4 << 20), "one 1 MiB buffer and the chunks below the threshold, not 64 MiB");
            Assert.That(zeros.Length, Is.EqualTo(BombZeros));
            Assert.That(zeros.IsDeferred, Is.True);
            Assert.That(tail, Is.All.EqualTo(0));
            Assert.That(whileOpen, Is.EqualTo(1), "the inflated data lives in one temporary file");
            Assert.That(Directory.GetFiles(_temporaryDirectory), Is.Empty, "disposing the file deletes it");
        });
    }

    [Test]
    public void Read_DeflateBomb_IsRefusedByTheRatioGuardWithBoundedAllocation()
    {
        var options = new DicomReaderOptions { TemporaryDirectory = _temporaryDirectory };
        var (bytes, datasetOffset) = Bomb.Value;

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<DicomException>(() => DicomFile.Read(bytes, options));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        TestContext.Out.WriteLine($"{allocated} bytes allocated; {error!.Reason}");

        Assert.Multiple(() =>
        {
            Assert.That(error.Reason, Does.Contain("inflates beyond 1000 times its compressed size"));
            Assert.That(error.Offset, Is.EqualTo(datasetOffset));
            Assert.That(allocated, Is.LessThan(options.InflateToFileThreshold + (4 << 20)), "bounded by the in-memory threshold");
            Assert.That(Directory.GetFiles(_temporaryDirectory), Is.Empty, "the temporary file is deleted on failure");
        });
    }

    [Test]
    public void Read_DeflatedBeyondMaxInflatedLength_IsRefusedAtTheLimit()
    {
        var options = new DicomReaderOptions { MaxInflatedLength = 2 << 20, MaxInflationRatio = int.MaxValue };
        var (bytes, datasetOffset) = Bomb.Value;

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<DicomException>(() => DicomFile.Read(bytes, options));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Multiple(() =>
        {
            Assert.That(error!.Reason, Does.Contain("inflates beyond 2097152 bytes"));
            Assert.That(error.Offset, Is.EqualTo(datasetOffset));
            Assert.That(allocated, Is.LessThan(4 << 20));
        });
    }

    [TestCase(long.MaxValue, TestName = "Read_DeflatedDataset_EqualsItsUncompressedTwin(in memory)")]
    [TestCase(0L, TestName = "Read_DeflatedDataset_EqualsItsUncompressedTwin(temporary file)")]
    public void Read_DeflatedDataset_EqualsItsUncompressedTwin(long inflateToFileThreshold)
    {
        // 3 000 values of 40 bytes (about 150 KB inflated): several cross the 64 KiB and 192 KiB chunk seams.
        var content = new DicomByteBuilder().Text(0x0008, 0x0060, "CS", "OT").Text(0x0009, 0x0010, "LO", "SEAMS");
        for (var i = 0; i < 3000; i++)
        {
            content.Text(0x0009, (ushort)(0x1000 + i), "LO", $"value {i:D5} ".PadRight(40, 'x'));
        }

        content.Bytes(0x7FE0, 0x0010, "OB", [.. Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7))]);
        var dataset = content.ToArray();
        var plain = DicomByteBuilder.Part10("1.2.840.10008.1.2.1").Raw(dataset).ToArray();
        var deflated = DicomByteBuilder.Part10(DeflatedUid).Raw(Deflate(dataset)).ToArray();
        var options = new DicomReaderOptions { InflateToFileThreshold = inflateToFileThreshold, TemporaryDirectory = _temporaryDirectory };

        using var expected = DicomFile.Read(plain);
        using var actual = DicomFile.Read(deflated, options);

        Assert.Multiple(() =>
        {
            Assert.That(Describe(actual.Dataset), Is.EqualTo(Describe(expected.Dataset)));
            Assert.That(actual.Warnings, Is.Empty);
            Assert.That(actual.TransferSyntax.IsDeflated, Is.True);
        });
    }

    [Test]
    public void Read_SmallDeflatedDataset_IsOneBlockOfMemory()
    {
        var dataset = new DicomByteBuilder().Text(0x0008, 0x0060, "CS", "OT").Text(0x0010, 0x0010, "PN", "Doe^Jane").ToArray();
        var deflated = DicomByteBuilder.Part10(DeflatedUid).Raw(Deflate(dataset)).ToArray();

        using var file = DicomFile.Read(deflated);
        var name = file.Dataset.Find(new DicomTag(0x0010, 0x0010))!;

        Assert.Multiple(() =>
        {
            Assert.That(name.GetString(), Is.EqualTo("Doe^Jane"));
            Assert.That(name.GetValueRange().TryGetMemory(out _), Is.True, "a slice of the inflated block");
        });
    }

    [TestCase(long.MaxValue)]
    [TestCase(0L)]
    public void Read_CorpusImageDfl_ReadsIdenticallyInMemoryAndFromATemporaryFile(long inflateToFileThreshold)
    {
        var path = SharedCorpus.CorpusFile("pydicom", "image_dfl.dcm");
        var options = new DicomReaderOptions { InflateToFileThreshold = inflateToFileThreshold, TemporaryDirectory = _temporaryDirectory };

        using var reference = DicomFile.Read(Inflated(File.ReadAllBytes(path)));
        using var file = DicomFile.Open(path, options);
        var pixels = DicomPixelData.Find(file)!;
        var frame = new byte[pixels.Frame.Rows * pixels.Frame.Columns];
        pixels.CopyFrame(0, frame);

        Assert.Multiple(() =>
        {
            Assert.That(Describe(file.Dataset), Is.EqualTo(Describe(reference.Dataset)));
            Assert.That(file.Warnings, Is.Empty);

            // ref/pydicom/pixels/image_dfl.dcm.json: sha256 of frame 1 as pydicom decodes it (DCMTK cross-checked).
            Assert.That(Convert.ToHexStringLower(SHA256.HashData(frame)), Is.EqualTo("1f5f1b1c1a57606a55d7e4212ee2655c8205b45e264bd55057f7388c258deef8"));
        });
    }

    /// <summary>Every element as tag, VR, length, display text and a hash of its value, in walk order.</summary>
    private static List<string> Describe(DicomDataset dataset) =>
        [.. dataset.Walk().Select(e => $"{e.ItemPath} {e.Element.Tag} {e.Element.VR} {e.Element.Length} {e.DisplayText} "
            + (e.Element.IsSequence ? string.Empty : Convert.ToHexString(SHA256.HashData(e.Element.RawValue.Span))))];

    /// <summary>The data set of a deflated Part 10 file, inflated by .NET: read as a bare data set, it is the reference.</summary>
    private static byte[] Inflated(byte[] file)
    {
        using var parsed = DicomFile.Read(file);
        var offset = (int)parsed.DatasetOffset;
        using var inflater = new DeflateStream(new MemoryStream(file, offset, file.Length - offset), CompressionMode.Decompress);
        using var dataset = new MemoryStream();
        inflater.CopyTo(dataset);
        return dataset.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }

        return output.ToArray();
    }

    private static (byte[] File, long DatasetOffset) BuildBomb()
    {
        var head = new DicomByteBuilder()
            .Text(0x0008, 0x0060, "CS", "OT")
            .Text(0x0009, 0x0010, "LO", "BOMB")
            .Header(0x0009, 0x1010, "OB", BombZeros)
            .ToArray();
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(head);
            var zeros = new byte[1 << 20];
            for (var i = 0; i < BombZeros / zeros.Length; i++)
            {
                deflate.Write(zeros);
            }
        }

        var prefix = DicomByteBuilder.Part10(DeflatedUid).ToArray();
        return ([.. prefix, .. compressed.ToArray()], prefix.Length);
    }
}
