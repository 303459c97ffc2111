using Dicom.Clean.Toolkit.Uids;

namespace Dicom.Clean.Toolkit.Tests.Uids;

[TestFixture]
public sealed class DicomTransferSyntaxTests
{
    [Test]
    public void Lookup_NativeSyntaxes_HaveTheirEncoding()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DicomTransferSyntax.Lookup("1.2.840.10008.1.2").IsExplicitVR, Is.False);
            Assert.That(DicomTransferSyntax.Lookup("1.2.840.10008.1.2.1\0"), Is.SameAs(DicomTransferSyntax.ExplicitVRLittleEndian));
            Assert.That(DicomTransferSyntax.ExplicitVRBigEndian.IsBigEndian, Is.True);
            Assert.That(DicomTransferSyntax.ExplicitVRBigEndian.IsRetired, Is.True);
            Assert.That(DicomTransferSyntax.DeflatedExplicitVRLittleEndian.IsDeflated, Is.True);
            Assert.That(DicomTransferSyntax.ExplicitVRLittleEndian.IsEncapsulated, Is.False);
        });
    }

    [TestCase("1.2.840.10008.1.2.4.50", true, true)]
    [TestCase("1.2.840.10008.1.2.4.70", true, false)]
    [TestCase("1.2.840.10008.1.2.4.80", true, false)]
    [TestCase("1.2.840.10008.1.2.4.81", true, true)]
    [TestCase("1.2.840.10008.1.2.4.90", true, false)]
    [TestCase("1.2.840.10008.1.2.4.91", true, true)]
    [TestCase("1.2.840.10008.1.2.4.201", true, false)]
    [TestCase("1.2.840.10008.1.2.5", true, false)]
    public void Lookup_CompressedSyntaxes_AreEncapsulated(string uid, bool encapsulated, bool lossy)
    {
        var syntax = DicomTransferSyntax.Lookup(uid);

        Assert.Multiple(() =>
        {
            Assert.That(syntax.IsKnown, Is.True);
            Assert.That(syntax.IsEncapsulated, Is.EqualTo(encapsulated));
            Assert.That(syntax.IsLossy, Is.EqualTo(lossy));
            Assert.That(syntax.IsExplicitVR, Is.True);
        });
    }

    [Test]
    public void Lookup_UnknownUid_IsReadAsEncapsulatedExplicitLittleEndian()
    {
        var syntax = DicomTransferSyntax.Lookup("1.2.3.4.5.6");

        Assert.Multiple(() =>
        {
            Assert.That(syntax.IsKnown, Is.False);
            Assert.That(syntax.IsExplicitVR, Is.True);
            Assert.That(syntax.IsEncapsulated, Is.True);
        });
    }

    [Test]
    public void All_UidsAreUniqueAndRegistered()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DicomTransferSyntax.All.Select(t => t.Uid), Is.Unique);
            Assert.That(DicomTransferSyntax.All, Has.Count.GreaterThanOrEqualTo(60));
            Assert.That(DicomTransferSyntax.All.All(t => DicomUidRegistry.TryGet(t.Uid, out var u) && u.Type == DicomUidType.TransferSyntax), Is.True);
        });
    }

    [Test]
    public void Registry_NamesStorageClasses()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DicomUidRegistry.GetName("1.2.840.10008.5.1.4.1.1.4"), Is.EqualTo("MR Image Storage"));
            Assert.That(DicomUidRegistry.TryGet("1.2.840.10008.5.1.4.1.1.2\0", out var ct) ? ct.Keyword : null, Is.EqualTo("CTImageStorage"));
            Assert.That(DicomUidRegistry.GetName("1.2.3"), Is.Null);
        });
    }
}
