using System.Buffers.Binary;

namespace Dicom.Clean.Toolkit.Tests.Imaging.Support;

/// <summary>Builds RLE Lossless frames (PS3.5 Annex G) for tests: a 64-byte header and PackBits segments.</summary>
internal static class RleStreamBuilder
{
    /// <summary>Joins already encoded segments behind a header listing their offsets.</summary>
    public static byte[] Frame(params byte[][] segments)
    {
        var header = new byte[64];
        BinaryPrimitives.WriteUInt32LittleEndian(header, (uint)segments.Length);
        var offset = 64;
        for (var i = 0; i < segments.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4 + (4 * i)), (uint)offset);
            offset += segments[i].Length;
        }

        return [.. header, .. segments.SelectMany(s => s)];
    }

    /// <summary>PackBits-encodes bytes: runs of 3 or more become replicate runs, the rest literal runs; padded to even length.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> data)
    {
        var output = new List<byte>();
        var i = 0;
        while (i < data.Length)
        {
            var run = 1;
            while (i + run < data.Length && run < 128 && data[i + run] == data[i])
            {
                run++;
            }

            if (run >= 3)
            {
                output.Add((byte)(sbyte)(1 - run));
                output.Add(data[i]);
                i += run;
                continue;
            }

            var start = i;
            while (i < data.Length && i - start < 128 && !(i + 2 < data.Length && data[i] == data[i + 1] && data[i] == data[i + 2]))
            {
                i++;
            }

            output.Add((byte)(i - start - 1));
            for (var k = start; k < i; k++)
            {
                output.Add(data[k]);
            }
        }

        if ((output.Count & 1) == 1)
        {
            output.Add(0x80);
        }

        return [.. output];
    }

    /// <summary>Splits samples of <paramref name="bytesPerSample"/> little endian bytes into RLE byte planes, most significant first.</summary>
    public static byte[][] Planes(ReadOnlySpan<byte> interleaved, int samplesPerPixel, int bytesPerSample)
    {
        var stride = samplesPerPixel * bytesPerSample;
        var pixels = interleaved.Length / stride;
        var planes = new byte[stride][];
        for (var s = 0; s < samplesPerPixel; s++)
        {
            for (var b = 0; b < bytesPerSample; b++)
            {
                var plane = new byte[pixels];
                var byteInSample = bytesPerSample - 1 - b;
                for (var p = 0; p < pixels; p++)
                {
                    plane[p] = interleaved[(p * stride) + (s * bytesPerSample) + byteInSample];
                }

                planes[(s * bytesPerSample) + b] = plane;
            }
        }

        return planes;
    }
}
