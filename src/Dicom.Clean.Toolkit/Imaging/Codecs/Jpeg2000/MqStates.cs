namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// The MQ coder's probability estimation table (T.800 Table C.2), expanded to 94 entries
/// (state, MPS sense) so that a context is one byte and a transition is one lookup.
/// </summary>
internal static class MqStates
{
    /// <summary>Qe of each expanded state.</summary>
    public static readonly uint[] Qe = new uint[94];

    /// <summary>Expanded state after an MPS.</summary>
    public static readonly byte[] NextMps = new byte[94];

    /// <summary>Expanded state after an LPS (MPS sense switched where the table says so).</summary>
    public static readonly byte[] NextLps = new byte[94];

    /// <summary>Initial expanded state of the uniform context (state 46).</summary>
    public const byte Uniform = 92;

    /// <summary>Initial expanded state of the run-length context (state 3).</summary>
    public const byte RunLength = 6;

    /// <summary>Initial expanded state of zero-coding context 0 (state 4).</summary>
    public const byte ZeroCodingFirst = 8;

    // Qe, NMPS, NLPS, SWITCH per state, from the standard's table.
    private static ReadOnlySpan<ushort> QeValues =>
    [
        0x5601, 0x3401, 0x1801, 0x0AC1, 0x0521, 0x0221, 0x5601, 0x5401, 0x4801, 0x3801, 0x3001, 0x2401, 0x1C01, 0x1601,
        0x5601, 0x5401, 0x5101, 0x4801, 0x3801, 0x3401, 0x3001, 0x2801, 0x2401, 0x2201, 0x1C01, 0x1801, 0x1601, 0x1401,
        0x1201, 0x1101, 0x0AC1, 0x09C1, 0x08A1, 0x0521, 0x0441, 0x02A1, 0x0221, 0x0141, 0x0111, 0x0085, 0x0049, 0x0025,
        0x0015, 0x0009, 0x0005, 0x0001, 0x5601,
    ];

    private static ReadOnlySpan<byte> Nmps =>
    [
        1, 2, 3, 4, 5, 38, 7, 8, 9, 10, 11, 12, 13, 29, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
        32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 45, 46,
    ];

    private static ReadOnlySpan<byte> Nlps =>
    [
        1, 6, 9, 12, 29, 33, 6, 14, 14, 14, 17, 18, 20, 21, 14, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 23, 24, 25, 26, 27,
        28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 46,
    ];

    static MqStates()
    {
        for (var state = 0; state < 47; state++)
        {
            var switches = state is 0 or 6 or 14;
            for (var mps = 0; mps < 2; mps++)
            {
                var index = (2 * state) + mps;
                Qe[index] = QeValues[state];
                NextMps[index] = (byte)((2 * Nmps[state]) + mps);
                NextLps[index] = (byte)((2 * Nlps[state]) + (switches ? 1 - mps : mps));
            }
        }
    }
}
