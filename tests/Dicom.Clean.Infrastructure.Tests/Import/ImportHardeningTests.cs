using System.Diagnostics;
using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Infrastructure.Import;
using Dicom.Clean.Infrastructure.Tests.Support;

namespace Dicom.Clean.Infrastructure.Tests.Import;

/// <summary>Path import refuses, with the reason, what is not a plain file inside the roots.</summary>
public sealed class ImportHardeningTests
{
    private TempFolder _folder = null!;
    private string _root = null!;

    [SetUp]
    public void Create()
    {
        _folder = new TempFolder();
        _root = _folder.Combine("import");
        Directory.CreateDirectory(_root);
        File.WriteAllBytes(Path.Combine(_root, "a.dcm"), [1, 2, 3]);
    }

    [TearDown]
    public void Delete() => _folder.Dispose();

    [Test]
    public void Open_WithNulByte_IsForbiddenWithReason()
    {
        var ex = Assert.ThrowsAsync<ImportPathForbiddenException>(() => Source().OpenAsync("a.dcm\0.png", CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("NUL"));
    }

    [TestCase(4097, 10, "longer than 4096 bytes")]
    [TestCase(300, 300, "segment is longer than 255 bytes")]
    public void Open_WithOverlongPath_IsForbiddenWithReason(int length, int segment, string reason)
    {
        var path = string.Join('/', Enumerable.Range(0, (length / (segment + 1)) + 1).Select(_ => new string('a', segment)));

        var ex = Assert.ThrowsAsync<ImportPathForbiddenException>(() => Source().OpenAsync(path, CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain(reason));
    }

    [Test]
    public void Open_WithMultibyteNameOver255Bytes_IsForbidden()
    {
        // 100 characters, 300 UTF-8 bytes: the kernel counts bytes.
        Assert.ThrowsAsync<ImportPathForbiddenException>(() => Source().OpenAsync(new string('€', 100), CancellationToken.None));
    }

    [Test]
    public void Open_Fifo_IsForbiddenAtOnceInsteadOfHanging()
    {
        Assume.That(OperatingSystem.IsLinux(), "FIFOs are checked on Linux");
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(_root, "pipe")))
        {
            mkfifo.WaitForExit();
        }

        var open = Task.Run(() => Source().OpenAsync("pipe", CancellationToken.None));

        Assert.That(Task.WaitAny([open], TimeSpan.FromSeconds(10)), Is.EqualTo(0), "opening a FIFO must not block");
        var ex = Assert.ThrowsAsync<ImportPathForbiddenException>(() => open);
        Assert.That(ex!.Message, Does.Contain("not a regular file"));
    }

    [Test]
    public void Open_HardLinkedFile_IsForbiddenUnlessAllowed()
    {
        Assume.That(OperatingSystem.IsLinux(), "link counts are checked on Linux");
        File.WriteAllBytes(_folder.Combine("outside.dcm"), [7]);
        using (var ln = Process.Start("ln", [_folder.Combine("outside.dcm"), Path.Combine(_root, "linked.dcm")]))
        {
            ln.WaitForExit();
        }

        var ex = Assert.ThrowsAsync<ImportPathForbiddenException>(() => Source().OpenAsync("linked.dcm", CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("hard links"));
        Assert.DoesNotThrowAsync(async () => await (await Source(allowHardLinks: true).OpenAsync("linked.dcm", CancellationToken.None)).DisposeAsync());
    }

    [TestCase("/proc/self/environ")]
    [TestCase("/proc/self/status")]
    [TestCase("/dev/zero")]
    [TestCase("/sys/kernel/mm/transparent_hugepage/enabled")]
    public void Open_KernelFileSystem_IsForbiddenEvenUnderARootOfSlash(string path)
    {
        Assume.That(OperatingSystem.IsLinux());

        var ex = Assert.ThrowsAsync<ImportPathForbiddenException>(() => new ConfinedImportFileSource(["/"]).OpenAsync(path, CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("kernel file system"));
    }

    [Test]
    public void Open_SymlinkToDevice_IsForbidden()
    {
        Assume.That(OperatingSystem.IsLinux());
        File.CreateSymbolicLink(Path.Combine(_root, "zero"), "/dev/zero");

        Assert.ThrowsAsync<ImportPathForbiddenException>(() => Source().OpenAsync("zero", CancellationToken.None));
    }

    [Test]
    public async Task Open_RegularFile_StillReads()
    {
        await using var stream = await Source().OpenAsync("a.dcm", CancellationToken.None);

        Assert.That(stream.Length, Is.EqualTo(3));
    }

    private ConfinedImportFileSource Source(bool allowHardLinks = false) => new([_root], allowHardLinks);
}
