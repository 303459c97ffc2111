using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

namespace Dicom.Clean.Toolkit.Tests.Codecs.JpegLs;

/// <summary>Default thresholds (T.87 C.2.4.1.1.1) and the validation of LSE presets.</summary>
[TestFixture]
public class JpegLsCodingParametersTests
{
    [TestCase(255, 0, 3, 7, 21)]
    [TestCase(4095, 0, 18, 67, 276)]
    [TestCase(65535, 0, 18, 67, 276)]
    [TestCase(255, 3, 12, 22, 42)]
    [TestCase(1023, 0, 6, 19, 72)]
    [TestCase(15, 0, 2, 3, 4)]
    [TestCase(63, 0, 2, 3, 5)]
    [TestCase(3, 0, 2, 3, 3)]
    public void Default_GivesStandardThresholds(int maxVal, int near, int t1, int t2, int t3)
    {
        var parameters = JpegLsCodingParameters.Default(maxVal, near);

        Assert.That((parameters.T1, parameters.T2, parameters.T3, parameters.Reset), Is.EqualTo((t1, t2, t3, 64)));
    }

    [Test]
    public void Resolve_ZeroFields_TakeDefaultsForTheStatedMaxVal()
    {
        var resolved = new JpegLsCodingParameters(2000, 0, 0, 0, 0).Resolve(12, 0);

        Assert.That(resolved, Is.EqualTo(new JpegLsCodingParameters(2000, 10, 35, 140, 64)));
    }

    [TestCase(256, 0, 0, 0, 0, 0)]
    [TestCase(0, 300, 0, 0, 0, 0)]
    [TestCase(0, 10, 5, 0, 0, 0)]
    [TestCase(0, 0, 0, 0, 2, 0)]
    [TestCase(0, 3, 0, 0, 0, 3)]
    [TestCase(0, 0, 0, 0, 0, 128)]
    public void Resolve_OutOfRange_GivesNull(int maxVal, int t1, int t2, int t3, int reset, int near)
    {
        Assert.That(new JpegLsCodingParameters(maxVal, t1, t2, t3, reset).Resolve(8, near), Is.Null);
    }
}
