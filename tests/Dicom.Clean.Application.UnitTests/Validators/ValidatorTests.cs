using Dicom.Clean.Application.Instances.Commands.DeleteInstance;
using Dicom.Clean.Application.Instances.Commands.ImportFromPath;
using Dicom.Clean.Application.Instances.Commands.StoreInstance;
using Dicom.Clean.Application.Instances.Queries.GetInstanceImage;
using Dicom.Clean.Application.Instances.Queries.ListInstances;

namespace Dicom.Clean.Application.UnitTests.Validators;

public sealed class ValidatorTests
{
    private const string Id = "iEfcZk3Vn6H8iyqc3seHrm";

    [TestCase(null, false)]
    [TestCase("", false)]
    [TestCase("a\0b.dcm", false)]
    [TestCase("study/IM0001", true)]
    [TestCase("/data/import/x.dcm", true)]
    public void ImportFromPath_ValidatesPath(string? path, bool valid) =>
        Assert.That(new ImportFromPathValidator().Validate(new ImportFromPathCommand(path)).IsValid, Is.EqualTo(valid));

    [Test]
    public void ImportFromPath_WithOverlongPath_IsInvalid() =>
        Assert.That(new ImportFromPathValidator().Validate(new ImportFromPathCommand(new string('a', 5000))).IsValid, Is.False);

    [Test]
    public void StoreInstance_WithUnreadableStream_IsInvalid()
    {
        var closed = new MemoryStream();
        closed.Dispose();

        Assert.That(new StoreInstanceValidator().Validate(new StoreInstanceCommand(closed)).IsValid, Is.False);
        Assert.That(new StoreInstanceValidator().Validate(new StoreInstanceCommand(new MemoryStream())).IsValid, Is.True);
    }

    [TestCase(Id, true)]
    [TestCase("short", false)]
    [TestCase(null, false)]
    public void DeleteInstance_ValidatesId(string? id, bool valid) =>
        Assert.That(new DeleteInstanceValidator().Validate(new DeleteInstanceCommand(id)).IsValid, Is.EqualTo(valid));

    [TestCase(1, null, null, true)]
    [TestCase(0, null, null, false)]
    [TestCase(2, "40,400", "jpeg", true)]
    [TestCase(1, "-100.5,0.5", "PNG", true)]
    [TestCase(1, "40", null, false)]
    [TestCase(1, "40,0", null, false)]
    [TestCase(1, "40,-1", null, false)]
    [TestCase(1, "a,b", null, false)]
    [TestCase(1, "NaN,10", null, false)]
    [TestCase(1, null, "gif", false)]
    public void GetInstanceImage_ValidatesFrameWindowAndFormat(int frame, string? window, string? format, bool valid) =>
        Assert.That(new GetInstanceImageValidator().Validate(new GetInstanceImageQuery(Id, frame, window, format)).IsValid, Is.EqualTo(valid));

    [TestCase(1, 50, true)]
    [TestCase(0, 50, false)]
    [TestCase(1, 0, false)]
    [TestCase(1, 501, false)]
    public void ListInstances_ValidatesPaging(int page, int pageSize, bool valid) =>
        Assert.That(new ListInstancesValidator().Validate(new ListInstancesQuery(page, pageSize)).IsValid, Is.EqualTo(valid));
}
