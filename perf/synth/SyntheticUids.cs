using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Dicom.Clean.Perf.Synth;

/// <summary>
/// UUID-derived UIDs (<c>2.25.</c> and a 128-bit decimal, PS3.5 B.2) computed from the run's seed and
/// the object's number, so a file is the same whichever chunk of the range writes it, and unique.
/// </summary>
internal sealed class SyntheticUids(int seed)
{
    public string Instance(long index) => Make("instance", index);

    public string Series(long series) => Make("series", series);

    public string Study(long study) => Make("study", study);

    public string FrameOfReference(long series) => Make("frame", series);

    public string Localizer(long index, int which) => Make("localizer" + which.ToString(CultureInfo.InvariantCulture), index);

    private string Make(string kind, long number)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{seed}/{kind}/{number}")));
        var value = new BigInteger(hash.AsSpan(0, 16), isUnsigned: true);
        return "2.25." + value.ToString(CultureInfo.InvariantCulture);
    }
}
