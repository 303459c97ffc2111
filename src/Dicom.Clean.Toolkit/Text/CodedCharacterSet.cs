using System.Collections.Frozen;

namespace Dicom.Clean.Toolkit.Text;

/// <summary>
/// One coded graphic character set as ISO 2022 designates it: either an 8-bit code table (whose
/// left half 0x20-0x7F and right half 0xA0-0xFF can each be designated to G0 or G1) or a 94x94
/// double-byte set addressed by two bytes in 0x21-0x7E. Tables are built once, on first use,
/// and never change; the type is thread-safe.
/// </summary>
internal sealed class CodedCharacterSet
{
    /// <summary>The character a table holds where a code has no mapping.</summary>
    public const char Unmapped = '\uFFFD';

    private const int DoubleByteCells = 94 * 94;

    private readonly Lazy<char[]> _toUnicode;
    private readonly Lazy<FrozenDictionary<char, ushort>> _fromUnicode;

    private CodedCharacterSet(string name, bool isDoubleByte, Func<char[]> build, Func<int, bool> encodable)
    {
        Name = name;
        IsDoubleByte = isDoubleByte;
        _toUnicode = new Lazy<char[]>(build);
        _fromUnicode = new Lazy<FrozenDictionary<char, ushort>>(() => BuildReverse(_toUnicode.Value, encodable));
    }

    /// <summary>The registration the set is known by (for example <c>ISO-IR 87</c>).</summary>
    public string Name { get; }

    /// <summary>True for a 94x94 set (two bytes per character).</summary>
    public bool IsDoubleByte { get; }

    /// <summary>Creates an 8-bit code table: <paramref name="build"/> returns 256 characters.</summary>
    public static CodedCharacterSet SingleByte(string name, Func<char[]> build) =>
        new(name, false, build, static _ => true);

    /// <summary>
    /// Creates a 94x94 set: <paramref name="build"/> returns 8836 characters, row 0x21 first;
    /// <paramref name="encodable"/> says which cells (row * 256 + cell, 7-bit) may be written.
    /// </summary>
    public static CodedCharacterSet DoubleByte(string name, Func<char[]> build, Func<int, bool> encodable) =>
        new(name, true, build, encodable);

    /// <summary>Maps one byte of an 8-bit table (both halves).</summary>
    public char Decode(byte code) => _toUnicode.Value[code];

    /// <summary>Maps a double-byte code; the high bit of either byte is ignored (GL or GR form).</summary>
    public char Decode(byte first, byte second)
    {
        int row = (first & 0x7F) - 0x21, cell = (second & 0x7F) - 0x21;
        return (uint)row < 94 && (uint)cell < 94 ? _toUnicode.Value[(row * 94) + cell] : Unmapped;
    }

    /// <summary>
    /// Finds the code of <paramref name="c"/>: the byte (0x00-0xFF) of an 8-bit table, or
    /// row * 256 + cell (both 0x21-0x7E) of a double-byte set.
    /// </summary>
    public bool TryEncode(char c, out ushort code) => _fromUnicode.Value.TryGetValue(c, out code);

    private static FrozenDictionary<char, ushort> BuildReverse(char[] table, Func<int, bool> encodable)
    {
        var reverse = new Dictionary<char, ushort>(table.Length);
        for (var i = 0; i < table.Length; i++)
        {
            var c = table[i];
            var code = table.Length == DoubleByteCells ? (ushort)((((i / 94) + 0x21) << 8) | ((i % 94) + 0x21)) : (ushort)i;
            if (c != Unmapped && encodable(code))
            {
                reverse.TryAdd(c, code); // the first code wins where a table maps two codes to one character
            }
        }

        return reverse.ToFrozenDictionary();
    }
}
