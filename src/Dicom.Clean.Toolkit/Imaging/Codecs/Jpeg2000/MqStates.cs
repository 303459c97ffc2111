namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// The MQ coder's probability estimation table (T.800 Table C.2), expanded to 94 entries
/// (state, MPS sense) so that a context is one byte and a transition is one lookup. Each entry
/// packs Qe (low 16 bits), the expanded state after an MPS (bits 16-23) and after an LPS (bits
/// 24-31, the MPS sense switched where the table says so). Padded to 128 entries so that an index
/// masked with 0x7F needs no bounds check.
/// </summary>
internal static class MqStates
{
    /// <summary>Initial expanded state of the uniform context (state 46).</summary>
    public const byte Uniform = 92;

    /// <summary>Initial expanded state of the run-length context (state 3).</summary>
    public const byte RunLength = 6;

    /// <summary>Initial expanded state of zero-coding context 0 (state 4).</summary>
    public const byte ZeroCodingFirst = 8;

    /// <summary>The expanded table.</summary>
    public static ReadOnlySpan<uint> Table =>
    [
        0x03025601, 0x02035601, 0x0C043401, 0x0D053401, 0x12061801, 0x13071801, 0x18080AC1, 0x19090AC1,
        0x3A0A0521, 0x3B0B0521, 0x424C0221, 0x434D0221, 0x0D0E5601, 0x0C0F5601, 0x1C105401, 0x1D115401,
        0x1C124801, 0x1D134801, 0x1C143801, 0x1D153801, 0x22163001, 0x23173001, 0x24182401, 0x25192401,
        0x281A1C01, 0x291B1C01, 0x2A3A1601, 0x2B3B1601, 0x1D1E5601, 0x1C1F5601, 0x1C205401, 0x1D215401,
        0x1E225101, 0x1F235101, 0x20244801, 0x21254801, 0x22263801, 0x23273801, 0x24283401, 0x25293401,
        0x262A3001, 0x272B3001, 0x262C2801, 0x272D2801, 0x282E2401, 0x292F2401, 0x2A302201, 0x2B312201,
        0x2C321C01, 0x2D331C01, 0x2E341801, 0x2F351801, 0x30361601, 0x31371601, 0x32381401, 0x33391401,
        0x343A1201, 0x353B1201, 0x363C1101, 0x373D1101, 0x383E0AC1, 0x393F0AC1, 0x3A4009C1, 0x3B4109C1,
        0x3C4208A1, 0x3D4308A1, 0x3E440521, 0x3F450521, 0x40460441, 0x41470441, 0x424802A1, 0x434902A1,
        0x444A0221, 0x454B0221, 0x464C0141, 0x474D0141, 0x484E0111, 0x494F0111, 0x4A500085, 0x4B510085,
        0x4C520049, 0x4D530049, 0x4E540025, 0x4F550025, 0x50560015, 0x51570015, 0x52580009, 0x53590009,
        0x545A0005, 0x555B0005, 0x565A0001, 0x575B0001, 0x5C5C5601, 0x5D5D5601, 0x00000000, 0x00000000,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
}
