using Dicom.Clean.Application.Instances.Ingest;

namespace Dicom.Clean.Application.UnitTests.Ingest;

public sealed class CopyingReadStreamTests
{
    [Test]
    public async Task ReadToEnd_UnderLimit_KeepsAnExactCopyAcrossGrowth()
    {
        var upload = Enumerable.Range(0, 300_000).Select(i => (byte)i).ToArray();
        await using var copying = new CopyingReadStream(new MemoryStream(upload), limit: 1 << 20);

        await copying.CopyToAsync(Stream.Null, 7_000);

        Assert.That(copying.IsComplete, Is.True);
        Assert.That(copying.Copy!.Value.ToArray(), Is.EqualTo(upload));
    }

    [Test]
    public async Task ReadToEnd_OverLimit_PassesEverythingThroughButKeepsNoCopy()
    {
        var upload = new byte[5_000];
        await using var copying = new CopyingReadStream(new MemoryStream(upload), limit: 4_096);
        using var passed = new MemoryStream();

        await copying.CopyToAsync(passed, 1_000);

        Assert.That(passed.Length, Is.EqualTo(upload.Length));
        Assert.That(copying.IsComplete, Is.False);
        Assert.That(copying.Copy, Is.Null);
    }

    [Test]
    public async Task ReadPartly_IsNotComplete()
    {
        await using var copying = new CopyingReadStream(new MemoryStream(new byte[10]), limit: 1_024);

        _ = await copying.ReadAsync(new byte[4]);
        _ = await copying.ReadAsync(Memory<byte>.Empty);

        Assert.That(copying.IsComplete, Is.False, "an empty read is not the end of the stream");
    }
}
