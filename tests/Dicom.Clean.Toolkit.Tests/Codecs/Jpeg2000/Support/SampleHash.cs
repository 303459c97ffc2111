using System.Buffers.Binary;
using System.Security.Cryptography;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>
/// SHA-256 of a decoded image in the layout the reference checksums were taken in: components one
/// after the other, each row by row, one byte per sample up to 8 bits and two little-endian bytes
/// (two's complement, sign-extended) up to 16.
/// </summary>
internal static class SampleHash
{
    public static string Of(DecodedImage image)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> two = stackalloc byte[2];
        foreach (var component in image.Components)
        {
            if (component.Precision <= 8)
            {
                sha.AppendData(component.Samples.Select(v => (byte)v).ToArray());
                continue;
            }

            var bytes = new byte[component.Samples.Length * 2];
            for (var i = 0; i < component.Samples.Length; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(2 * i), (short)component.Samples[i]);
            }

            sha.AppendData(bytes);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
