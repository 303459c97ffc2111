using Dicom.Clean.Toolkit.Text;

namespace Dicom.Clean.Toolkit.Tests.Text;

/// <summary>
/// The common cases allocate the result string and nothing else (measured in bytes allocated
/// on the thread, not in time: speed belongs to the benchmark project).
/// </summary>
public sealed class DecodeAllocationTests
{
    private const int Calls = 64;

    private static readonly object[] Cases =
    [
        new object[] { Array.Empty<string>(), "Doe^John^^Dr"u8.ToArray() },
        new object[] { new[] { "ISO_IR 100" }, new byte[] { 0x42, 0x75, 0x63, 0x5E, 0x4A, 0xE9, 0x72, 0xF4, 0x6D, 0x65 } },
        new object[] { new[] { "ISO_IR 192" }, "Wang^XiaoDong=王^小東="u8.ToArray() },
        new object[] { new[] { "ISO_IR 144" }, new byte[] { 0xBB, 0xEE, 0xDA, 0x63, 0x65, 0xDC, 0xD1, 0x79, 0x70, 0xD3 } },
        new object[] { new[] { "", "ISO 2022 IR 87" }, Convert.FromHexString("59616D6164615E5461726F753D1B24423B3345441B28425E1B244242404F3A1B2842") },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Decode_CommonCase_AllocatesOnlyTheResult(string[] terms, byte[] value)
    {
        var set = DicomCharacterSet.FromTerms(terms);
        var length = set.Decode(value, isPersonName: true).Length; // warms lazily built tables

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            _ = set.Decode(value, isPersonName: true);
        }

        var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;

        // A string of n characters takes 22 + 2n bytes, rounded up to 8, on a 64-bit runtime.
        Assert.That(perCall, Is.LessThanOrEqualTo(((22 + (2 * length) + 7) / 8) * 8));
    }
}
