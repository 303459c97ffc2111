using Dicom.Clean.Domain.Instances;

namespace Dicom.Clean.Domain.UnitTests.Instances;

public sealed class InstanceIdTests
{
    // The seed's own example id; decoding it least-significant-digit first (shortuuid < 1.0)
    // gives a version-4 UUID, which is how the seed made it (checked with Python's uuid module).
    private const string SeedId = "iEfcZk3Vn6H8iyqc3seHrm";
    private static readonly Guid SeedUuid = Guid.Parse("f670b26d-b805-4619-9bad-eea78e96f2cd");

    [Test]
    public void FromUuid_WithSeedUuid_GivesSeedId() =>
        Assert.That(InstanceId.FromUuid(SeedUuid).Value, Is.EqualTo(SeedId));

    [Test]
    public void ToUuid_WithSeedId_GivesVersion4Uuid()
    {
        var uuid = InstanceId.From(SeedId).ToUuid();

        Assert.That(uuid, Is.EqualTo(SeedUuid));
        Assert.That(uuid.Version, Is.EqualTo(4));
    }

    [Test]
    public void FromUuid_WithZeroAndMaxUuids_PadsToTwentyTwoCharacters()
    {
        var zero = InstanceId.FromUuid(Guid.Empty);
        var max = InstanceId.FromUuid(Guid.AllBitsSet);

        Assert.That(zero.Value, Is.EqualTo(new string('2', 22)));
        Assert.That(max.Value, Has.Length.EqualTo(22));
        Assert.That(max.ToUuid(), Is.EqualTo(Guid.AllBitsSet));
    }

    [Test]
    public void FromUuid_WithRandomUuids_RoundTrips()
    {
        for (var i = 0; i < 1000; i++)
        {
            var uuid = Guid.NewGuid();
            Assert.That(InstanceId.FromUuid(uuid).ToUuid(), Is.EqualTo(uuid));
        }
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("iEfcZk3Vn6H8iyqc3seHr")]
    [TestCase("iEfcZk3Vn6H8iyqc3seHrmm")]
    [TestCase("iEfcZk3Vn6H8iyqc3seHr0")]
    [TestCase("iEfcZk3Vn6H8iyqc3seHrl")]
    [TestCase("../../etc/passwd/abcdef")]
    public void TryParse_WithMalformedText_ReturnsFalse(string? text) =>
        Assert.That(InstanceId.TryParse(text, out _), Is.False);

    [Test]
    public void From_WithMalformedText_Throws() =>
        Assert.That(() => InstanceId.From("nope"), Throws.ArgumentException);
}
