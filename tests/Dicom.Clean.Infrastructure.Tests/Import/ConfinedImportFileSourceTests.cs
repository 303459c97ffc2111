using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Infrastructure.Import;
using Dicom.Clean.Infrastructure.Tests.Support;

namespace Dicom.Clean.Infrastructure.Tests.Import;

public sealed class ConfinedImportFileSourceTests
{
    private TempFolder _folder = null!;
    private string _root = null!;
    private ConfinedImportFileSource _source = null!;

    [SetUp]
    public void Create()
    {
        _folder = new TempFolder();
        _root = _folder.Combine("import");
        Directory.CreateDirectory(Path.Combine(_root, "study"));
        File.WriteAllBytes(Path.Combine(_root, "study", "a.dcm"), [1, 2, 3]);
        File.WriteAllBytes(_folder.Combine("secret.dcm"), [9]);
        _source = new ConfinedImportFileSource([_root, _folder.Combine("second")]);
    }

    [TearDown]
    public void Delete() => _folder.Dispose();

    [Test]
    public async Task Open_WithRelativePath_ReadsFromFirstRoot()
    {
        await using var stream = await _source.OpenAsync("study/a.dcm", CancellationToken.None);

        Assert.That(stream.Length, Is.EqualTo(3));
    }

    [Test]
    public async Task Open_WithAbsolutePathInsideRoot_Reads()
    {
        await using var stream = await _source.OpenAsync(Path.Combine(_root, "study", "a.dcm"), CancellationToken.None);

        Assert.That(stream.Length, Is.EqualTo(3));
    }

    [TestCase("../secret.dcm")]
    [TestCase("study/../study/a.dcm")]
    public void Open_WithDotDotSegment_IsForbidden(string path) =>
        Assert.ThrowsAsync<ImportPathForbiddenException>(() => _source.OpenAsync(path, CancellationToken.None));

    [Test]
    public void Open_WithAbsolutePathOutsideRoots_IsForbidden() =>
        Assert.ThrowsAsync<ImportPathForbiddenException>(() => _source.OpenAsync(_folder.Combine("secret.dcm"), CancellationToken.None));

    [Test]
    public void Open_WithRootPrefixButOtherFolder_IsForbidden()
    {
        Directory.CreateDirectory(_root + "-other");
        File.WriteAllBytes(Path.Combine(_root + "-other", "x.dcm"), [1]);

        Assert.ThrowsAsync<ImportPathForbiddenException>(() => _source.OpenAsync(Path.Combine(_root + "-other", "x.dcm"), CancellationToken.None));
    }

    [Test]
    public void Open_WithFileSymlinkLeadingOut_IsForbidden()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "link.dcm"), _folder.Combine("secret.dcm"));

        Assert.ThrowsAsync<ImportPathForbiddenException>(() => _source.OpenAsync("link.dcm", CancellationToken.None));
    }

    [Test]
    public void Open_WithFolderSymlinkLeadingOut_IsForbidden()
    {
        Directory.CreateSymbolicLink(Path.Combine(_root, "outside"), _folder.Path);

        Assert.ThrowsAsync<ImportPathForbiddenException>(() => _source.OpenAsync("outside/secret.dcm", CancellationToken.None));
    }

    [Test]
    public async Task Open_WithSymlinkStayingInside_Reads()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "alias.dcm"), Path.Combine(_root, "study", "a.dcm"));

        await using var stream = await _source.OpenAsync("alias.dcm", CancellationToken.None);

        Assert.That(stream.Length, Is.EqualTo(3));
    }

    [Test]
    public void Open_WithMissingFile_IsNotFound() =>
        Assert.ThrowsAsync<ImportFileNotFoundException>(() => _source.OpenAsync("study/none.dcm", CancellationToken.None));

    [Test]
    public void Open_WithFolder_IsNotFound() =>
        Assert.ThrowsAsync<ImportFileNotFoundException>(() => _source.OpenAsync("study", CancellationToken.None));

    [Test]
    public void Open_Refusals_NeverQuoteThePath()
    {
        var ex = Assert.ThrowsAsync<ImportPathForbiddenException>(() => _source.OpenAsync("/home/DOE^JANE/x.dcm", CancellationToken.None));

        Assert.That(ex!.Message, Does.Not.Contain("DOE"));
    }
}
