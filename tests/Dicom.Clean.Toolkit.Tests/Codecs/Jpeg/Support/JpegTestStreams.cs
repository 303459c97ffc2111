namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;

/// <summary>Small valid streams of each process, built in code, and byte-level edits of streams.</summary>
internal static class JpegTestStreams
{
    private static readonly int[][] Tables = [JpegTestDctEncoder.FlatTable(10), JpegTestDctEncoder.FlatTable(16)];

    public static readonly JpegTestImage Colour = JpegTestImage.Synthetic(37, 21, 8, 3, 31, [(2, 2), (1, 1), (1, 1)]);

    public static readonly JpegTestImage Grey12 = JpegTestImage.Synthetic(29, 18, 12, seed: 32);

    public static readonly JpegTestImage Grey16 = JpegTestImage.Synthetic(23, 15, 16, seed: 33);

    public static byte[] Baseline(int restartInterval = 0) =>
        JpegTestDctEncoder.EncodeSequential(Colour, JpegTestDctEncoder.Quantize(Colour, Tables, [0, 1, 1]), Tables, [0, 1, 1], restartInterval);

    public static byte[] Extended12(int restartInterval = 0) =>
        JpegTestDctEncoder.EncodeSequential(Grey12, JpegTestDctEncoder.Quantize(Grey12, Tables, [0]), Tables, [0], restartInterval);

    public static byte[] Progressive(int restartInterval = 0) =>
        JpegTestDctEncoder.EncodeProgressive(Colour, JpegTestDctEncoder.Quantize(Colour, Tables, [0, 1, 1]), Tables, [0, 1, 1], JpegTestDctEncoder.FullProgression(3), restartInterval);

    public static byte[] Lossless16(int restartInterval = 0) => JpegTestLosslessEncoder.Encode(Grey16, 7, restartInterval: restartInterval);

    /// <summary>Offsets of every marker (0xFF followed by a marker code) in a stream.</summary>
    public static List<int> MarkerOffsets(byte[] stream, Func<byte, bool> which)
    {
        var result = new List<int>();
        for (var i = 0; i + 1 < stream.Length; i++)
        {
            if (stream[i] == 0xFF && stream[i + 1] != 0x00 && stream[i + 1] != 0xFF && which(stream[i + 1]))
            {
                result.Add(i);
            }
        }

        return result;
    }

    public static byte[] Insert(byte[] stream, int offset, params byte[] bytes) => [.. stream[..offset], .. bytes, .. stream[offset..]];

    public static byte[] Remove(byte[] stream, int offset, int count) => [.. stream[..offset], .. stream[(offset + count)..]];
}
