using System.Buffers.Binary;

namespace Dicom.Clean.Api.FunctionalTests.Support;

/// <summary>Reads a PNG's size from its header, for the image route tests.</summary>
internal static class TestPng
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height) Size(byte[] png)
    {
        Assert.That(png.AsSpan(0, 8).SequenceEqual(Signature), Is.True, "PNG signature");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
