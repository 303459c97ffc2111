namespace Dicom.Clean.Benchmarks.Imaging;

/// <summary>A simple PackBits encoder to prepare RLE input for the decoder benchmark.</summary>
internal static class PackBitsEncoder
{
    public static byte[] Encode(ReadOnlySpan<byte> data)
    {
        var output = new List<byte>(data.Length + (data.Length / 64));
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
}
