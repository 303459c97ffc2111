namespace Dicom.Clean.Toolkit.Tests.Codecs.JpegLs;

/// <summary>
/// Deterministic synthetic images that exercise both JPEG-LS modes: flat blocks (runs), gradients,
/// hard edges, full-range noise (escape codes) and small noise on a slope (regular contexts).
/// </summary>
internal static class JpegLsTestImages
{
    public static ushort[][] Create(int width, int height, int components, int maxVal, uint seed)
    {
        var random = new XorShift(seed);
        var planes = new ushort[components][];
        for (var c = 0; c < components; c++)
        {
            var plane = planes[c] = new ushort[width * height];
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    // Bands of 8 rows cycle through the kinds of content; components differ a little.
                    var value = (((y / 8) + c) % 5) switch
                    {
                        0 => (x / 5 % 2) * maxVal / 3,
                        1 => (long)x * maxVal / Math.Max(1, width - 1),
                        2 => random.Next(maxVal + 1),
                        3 => ((long)(x + y) * maxVal / Math.Max(1, width + height)) + random.Next(5) - 2,
                        _ => x < width / 2 ? maxVal : 0,
                    };
                    plane[(y * width) + x] = (ushort)Math.Clamp(value, 0, maxVal);
                }
            }
        }

        return planes;
    }

    /// <summary>Marsaglia's xorshift32: stable across runtimes, unlike System.Random's seeding.</summary>
    internal struct XorShift(uint seed)
    {
        private uint _state = seed == 0 ? 2463534242u : seed;

        public uint NextUInt()
        {
            _state ^= _state << 13;
            _state ^= _state >> 17;
            _state ^= _state << 5;
            return _state;
        }

        public int Next(int bound) => (int)(NextUInt() % (uint)bound);
    }
}
