namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Context lookup tables of the Part 1 block coder (T.800 D.3): zero coding (Table D.1) per
/// sub-band orientation from the eight neighbour significance bits, and sign coding (Tables D.2,
/// D.3) from the four direct neighbours' significance and signs.
/// </summary>
internal static class EbcotContexts
{
    // Neighbour bits in a sample's flag word (see EbcotBlockDecoder).
    public const int North = 1 << 0;
    public const int South = 1 << 1;
    public const int West = 1 << 2;
    public const int East = 1 << 3;
    public const int NorthWest = 1 << 4;
    public const int NorthEast = 1 << 5;
    public const int SouthWest = 1 << 6;
    public const int SouthEast = 1 << 7;
    public const int NorthNegative = 1 << 8;
    public const int SouthNegative = 1 << 9;
    public const int WestNegative = 1 << 10;
    public const int EastNegative = 1 << 11;

    /// <summary>Context indices of the uniform and run-length contexts, after ZC (0-8), SC (9-13) and MR (14-16).</summary>
    public const int RunLengthContext = 17;

    /// <summary>The uniform context.</summary>
    public const int UniformContext = 18;

    /// <summary>Zero-coding context for [orientation * 256 + neighbour bits].</summary>
    public static readonly byte[] ZeroCoding = BuildZeroCoding();

    /// <summary>Sign context * 2 + XOR bit for [N, S, W, E significance | N, S, W, E negative &lt;&lt; 4].</summary>
    public static readonly byte[] SignCoding = BuildSignCoding();

    private static byte[] BuildZeroCoding()
    {
        var table = new byte[4 * 256];
        for (var orientation = 0; orientation < 4; orientation++)
        {
            for (var f = 0; f < 256; f++)
            {
                var h = Bit(f, West) + Bit(f, East);
                var v = Bit(f, North) + Bit(f, South);
                var d = Bit(f, NorthWest) + Bit(f, NorthEast) + Bit(f, SouthWest) + Bit(f, SouthEast);
                table[(orientation * 256) + f] = orientation switch
                {
                    3 => Diagonal(h + v, d),
                    1 => Directional(v, h, d),
                    _ => Directional(h, v, d),
                };
            }
        }

        return table;
    }

    // LL and LH (and HL with h, v exchanged), Table D.1.
    private static byte Directional(int h, int v, int d) => h switch
    {
        2 => 8,
        1 when v >= 1 => 7,
        1 when d >= 1 => 6,
        1 => 5,
        _ when v == 2 => 4,
        _ when v == 1 => 3,
        _ when d >= 2 => 2,
        _ when d == 1 => 1,
        _ => 0,
    };

    // HH, Table D.1.
    private static byte Diagonal(int hv, int d) => d switch
    {
        >= 3 => 8,
        2 when hv >= 1 => 7,
        2 => 6,
        1 when hv >= 2 => 5,
        1 when hv == 1 => 4,
        1 => 3,
        _ when hv >= 2 => 2,
        _ when hv == 1 => 1,
        _ => 0,
    };

    private static byte[] BuildSignCoding()
    {
        var table = new byte[256];
        for (var i = 0; i < 256; i++)
        {
            var h = Math.Clamp(Contribution(i, 2) + Contribution(i, 3), -1, 1);
            var v = Math.Clamp(Contribution(i, 0) + Contribution(i, 1), -1, 1);
            var (context, xor) = (h, v) switch
            {
                (1, 1) => (13, 0),
                (1, 0) => (12, 0),
                (1, -1) => (11, 0),
                (0, 1) => (10, 0),
                (0, 0) => (9, 0),
                (0, -1) => (10, 1),
                (-1, 1) => (11, 1),
                (-1, 0) => (12, 1),
                _ => (13, 1),
            };
            table[i] = (byte)((context * 2) + xor);
        }

        return table;
    }

    // Neighbour n (0 N, 1 S, 2 W, 3 E): +1 significant positive, -1 significant negative, 0 insignificant.
    private static int Contribution(int index, int n) => (index >> n & 1) == 0 ? 0 : ((index >> (n + 4) & 1) == 0 ? 1 : -1);

    private static int Bit(int f, int mask) => (f & mask) != 0 ? 1 : 0;
}
