using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Tests.Support;
using Moq;
using Moq.Protected;

namespace Dicom.Clean.Toolkit.Tests.IO;

/// <summary>What a library user meets at the edges of the reader's API (issue 2, item 5).</summary>
[TestFixture]
public sealed class ReaderApiContractTests
{
    [Test]
    public void Options_OutOfRange_ThrowArgumentOutOfRange()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = new DicomReaderOptions { LargeValueThreshold = 0 });
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = new DicomReaderOptions { MaxSequenceDepth = -1 });
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = new DicomReaderOptions { MaxInflatedLength = -1 });
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = new DicomReaderOptions { MaxInflationRatio = 0 });
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = new DicomReaderOptions { InflateToFileThreshold = -1 });
        });
    }

    [Test]
    public void Read_NonSeekableStreamThatFails_ThrowsDicomExceptionAndClosesIt()
    {
        // A network stream that breaks after the first bytes: the caller gets the toolkit's exception.
        var stream = new Mock<Stream> { CallBase = true };
        var served = false;
        stream.SetupGet(s => s.CanSeek).Returns(false);
        stream.SetupGet(s => s.CanRead).Returns(true);
        stream.Setup(s => s.Read(It.IsAny<byte[]>(), It.IsAny<int>(), It.IsAny<int>()))
            .Returns((byte[] buffer, int offset, int count) => served ? throw new IOException("connection reset") : Serve(buffer, offset, ref served));

        var error = Assert.Throws<DicomException>(() => DicomFile.Read(stream.Object));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Reason, Does.Contain("connection reset"));
            Assert.That(error.Offset, Is.EqualTo(16));
            stream.Protected().Verify("Dispose", Times.Once(), ItExpr.IsAny<bool>());
        });
    }

    [Test]
    public void TryFind_Absent_GivesFalseAndNull()
    {
        var dataset = DicomFile.Read(DicomByteBuilder.Part10("1.2.840.10008.1.2.1").Text(0x0008, 0x0060, "CS", "OT").ToArray()).Dataset;

        var found = dataset.TryFind(new DicomTag(0x0010, 0x0010), out var element);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.False);
            Assert.That(element, Is.Null);
        });
    }

    private static int Serve(byte[] buffer, int offset, ref bool served)
    {
        served = true;
        buffer.AsSpan(offset, 16).Clear();
        return 16;
    }
}
