namespace Dicom.Clean.Toolkit.Tests.Imaging.Support;

/// <summary>
/// A small baseline JPEG decoder for tests: markers, Huffman decoding, dequantisation, a direct
/// (slow) inverse DCT, chroma replicated up, JFIF YCbCr to RGB. Enough to check the encoder's output
/// decodes to the image it was given.
/// </summary>
internal static class JpegTestDecoder
{
    private static readonly int[] ZigZag =
    [
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
    ];

    public sealed record Component(int Id, int H, int V, int Table)
    {
        public int DcTable { get; set; }

        public int AcTable { get; set; }
    }

    public sealed record Result(int Width, int Height, IReadOnlyList<Component> Components, IReadOnlyList<byte> Markers, int[][] Quantization, byte[] Pixels);

    public static Result Decode(byte[] jpeg)
    {
        var quantization = new int[4][];
        var huffman = new Dictionary<int, Huffman>();
        var components = new List<Component>();
        var markers = new List<byte>();
        int width = 0, height = 0, position = 2;
        Assert.That((jpeg[0], jpeg[1]), Is.EqualTo(((byte)0xFF, (byte)0xD8)), "SOI");
        markers.Add(0xD8);
        while (true)
        {
            Assert.That(jpeg[position], Is.EqualTo(0xFF), $"marker at {position}");
            var marker = jpeg[position + 1];
            markers.Add(marker);
            var length = (jpeg[position + 2] << 8) | jpeg[position + 3];
            var segment = jpeg.AsSpan(position + 4, length - 2);
            switch (marker)
            {
                case 0xDB:
                    for (var p = 0; p < segment.Length; p += 65)
                    {
                        Assert.That(segment[p] >> 4, Is.Zero, "8-bit quantisation table");
                        var table = new int[64];
                        for (var i = 0; i < 64; i++)
                        {
                            table[ZigZag[i]] = segment[p + 1 + i];
                        }

                        quantization[segment[p] & 15] = table;
                    }

                    break;
                case 0xC0:
                    Assert.That(segment[0], Is.EqualTo(8), "precision");
                    height = (segment[1] << 8) | segment[2];
                    width = (segment[3] << 8) | segment[4];
                    for (var c = 0; c < segment[5]; c++)
                    {
                        var s = segment.Slice(6 + (3 * c), 3);
                        components.Add(new Component(s[0], s[1] >> 4, s[1] & 15, s[2]));
                    }

                    break;
                case 0xC4:
                    for (var p = 0; p < segment.Length;)
                    {
                        var counts = segment.Slice(p + 1, 16).ToArray();
                        var total = counts.Sum(c => c);
                        huffman[segment[p]] = new Huffman(counts, segment.Slice(p + 17, total).ToArray());
                        p += 17 + total;
                    }

                    break;
                case 0xDA:
                    for (var c = 0; c < segment[0]; c++)
                    {
                        var id = segment[1 + (2 * c)];
                        var component = components.Single(x => x.Id == id);
                        component.DcTable = segment[2 + (2 * c)] >> 4;
                        component.AcTable = segment[2 + (2 * c)] & 15;
                    }

                    var pixels = DecodeScan(jpeg, position + 2 + length, width, height, components, quantization, huffman, out var end);
                    Assert.That((jpeg[end], jpeg[end + 1]), Is.EqualTo(((byte)0xFF, (byte)0xD9)), "EOI right after the scan");
                    Assert.That(end + 2, Is.EqualTo(jpeg.Length), "nothing after EOI");
                    markers.Add(0xD9);
                    return new Result(width, height, components, markers, quantization, pixels);
            }

            position += 2 + length;
        }
    }

    private static byte[] DecodeScan(
        byte[] jpeg, int start, int width, int height, List<Component> components, int[][] quantization,
        Dictionary<int, Huffman> huffman, out int end)
    {
        var reader = new BitReader(jpeg, start);
        int hMax = components.Max(c => c.H), vMax = components.Max(c => c.V);
        int mcuWidth = 8 * hMax, mcuHeight = 8 * vMax;
        int mcusX = (width + mcuWidth - 1) / mcuWidth, mcusY = (height + mcuHeight - 1) / mcuHeight;
        var planes = components.Select(c => new double[mcusX * mcuWidth * mcusY * mcuHeight]).ToArray();
        var predictions = new int[components.Count];
        var planeWidth = mcusX * mcuWidth;
        for (var my = 0; my < mcusY; my++)
        {
            for (var mx = 0; mx < mcusX; mx++)
            {
                for (var ci = 0; ci < components.Count; ci++)
                {
                    var c = components[ci];
                    for (var by = 0; by < c.V; by++)
                    {
                        for (var bx = 0; bx < c.H; bx++)
                        {
                            var block = DecodeBlock(ref reader, huffman[c.DcTable], huffman[0x10 | c.AcTable], ref predictions[ci]);
                            var samples = Idct(block, quantization[c.Table]);

                            // Replicate subsampled samples to full resolution.
                            int sx = hMax / c.H, sy = vMax / c.V;
                            for (var y = 0; y < 8 * sy; y++)
                            {
                                for (var x = 0; x < 8 * sx; x++)
                                {
                                    var px = (mx * mcuWidth) + (bx * 8 * sx) + x;
                                    var py = (my * mcuHeight) + (by * 8 * sy) + y;
                                    planes[ci][(py * planeWidth) + px] = samples[((y / sy) * 8) + (x / sx)];
                                }
                            }
                        }
                    }
                }
            }
        }

        end = reader.End();
        var channels = components.Count;
        var pixels = new byte[width * height * channels];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = (y * planeWidth) + x;
                var o = ((y * width) + x) * channels;
                if (channels == 1)
                {
                    pixels[o] = Clamp(planes[0][i] + 128);
                    continue;
                }

                double luma = planes[0][i] + 128, cb = planes[1][i], cr = planes[2][i];
                pixels[o] = Clamp(luma + (1.402 * cr));
                pixels[o + 1] = Clamp(luma - (0.344136 * cb) - (0.714136 * cr));
                pixels[o + 2] = Clamp(luma + (1.772 * cb));
            }
        }

        return pixels;
    }

    private static int[] DecodeBlock(ref BitReader reader, Huffman dc, Huffman ac, ref int prediction)
    {
        var coefficients = new int[64];
        var category = dc.Decode(ref reader);
        prediction += Extend(reader.Bits(category), category);
        coefficients[0] = prediction;
        for (var k = 1; k < 64;)
        {
            var symbol = ac.Decode(ref reader);
            if (symbol == 0)
            {
                break;
            }

            k += symbol >> 4;
            var size = symbol & 15;
            if (size == 0)
            {
                k++;
                continue;
            }

            Assert.That(k, Is.LessThan(64), "coefficient index");
            coefficients[ZigZag[k]] = Extend(reader.Bits(size), size);
            k++;
        }

        return coefficients;
    }

    private static int Extend(int value, int size) => size == 0 ? 0 : value < (1 << (size - 1)) ? value - (1 << size) + 1 : value;

    private static double[] Idct(int[] coefficients, int[] table)
    {
        var samples = new double[64];
        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 8; x++)
            {
                double sum = 0;
                for (var v = 0; v < 8; v++)
                {
                    for (var u = 0; u < 8; u++)
                    {
                        var cu = u == 0 ? Math.Sqrt(0.5) : 1;
                        var cv = v == 0 ? Math.Sqrt(0.5) : 1;
                        sum += cu * cv * coefficients[(v * 8) + u] * table[(v * 8) + u]
                            * Math.Cos(((2 * x) + 1) * u * Math.PI / 16) * Math.Cos(((2 * y) + 1) * v * Math.PI / 16);
                    }
                }

                samples[(y * 8) + x] = sum / 4;
            }
        }

        return samples;
    }

    private static byte Clamp(double value) => (byte)Math.Clamp(Math.Round(value), 0, 255);

    private sealed class Huffman
    {
        private readonly Dictionary<(int Length, int Code), byte> _codes = [];

        public Huffman(byte[] counts, byte[] symbols)
        {
            int code = 0, k = 0;
            for (var length = 1; length <= 16; length++)
            {
                for (var i = 0; i < counts[length - 1]; i++)
                {
                    _codes[(length, code++)] = symbols[k++];
                }

                code <<= 1;
            }
        }

        public byte Decode(ref BitReader reader)
        {
            var code = 0;
            for (var length = 1; length <= 16; length++)
            {
                code = (code << 1) | reader.Bit();
                if (_codes.TryGetValue((length, code), out var symbol))
                {
                    return symbol;
                }
            }

            throw new AssertionException("invalid Huffman code");
        }
    }

    private ref struct BitReader
    {
        private readonly byte[] _data;
        private int _position;
        private int _bit;

        public BitReader(byte[] data, int position)
        {
            _data = data;
            _position = position;
            _bit = 7;
        }

        public int Bit()
        {
            var current = _data[_position];
            Assert.That(current != 0xFF || _data[_position + 1] == 0, "marker inside entropy-coded data");
            var bit = (current >> _bit) & 1;
            if (--_bit < 0)
            {
                _bit = 7;
                _position += current == 0xFF ? 2 : 1;
            }

            return bit;
        }

        public int Bits(int count)
        {
            var value = 0;
            for (var i = 0; i < count; i++)
            {
                value = (value << 1) | Bit();
            }

            return value;
        }

        public int End()
        {
            if (_bit != 7)
            {
                Assert.That(_data[_position] & ((1 << (_bit + 1)) - 1), Is.EqualTo((1 << (_bit + 1)) - 1), "padding bits are ones");
                _position += _data[_position] == 0xFF ? 2 : 1;
            }

            return _position;
        }
    }
}
