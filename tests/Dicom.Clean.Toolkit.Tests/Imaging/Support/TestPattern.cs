using System.Security.Cryptography;

namespace Dicom.Clean.Toolkit.Tests.Imaging.Support;

/// <summary>
/// Deterministic pseudo-random values, computed identically by <c>dcmtk_references.py</c> (which
/// built the DICOM files DCMTK rendered for the reference checksums) and by the tests.
/// </summary>
internal static class TestPattern
{
    public static uint At(int i, int salt = 0) => unchecked((uint)((i * 7919) + 13 + salt) * 2654435761u);

    public static int[] Values(int count, int low, int high, int salt = 0)
    {
        var values = new int[count];
        var span = (uint)(high - low + 1);
        for (var i = 0; i < count; i++)
        {
            values[i] = low + (int)(At(i, salt) % span);
        }

        return values;
    }

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
