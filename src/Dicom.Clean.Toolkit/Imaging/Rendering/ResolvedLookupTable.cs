namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>
/// A <see cref="LookupTableData"/> made usable the way DCMTK's DiLookupTable does it: entry count
/// from the descriptor (0 = 65536) or from the data when they disagree, 8-bit entries packed two per
/// word recognised by length, bits per entry from the descriptor when it is 8 to 16 (else derived
/// from the largest entry), entries masked to those bits.
/// </summary>
internal sealed class ResolvedLookupTable
{
    private const int MaxEntries = 65536;

    private readonly ushort[] _entries;
    private readonly ushort _firstMappedRaw;

    private ResolvedLookupTable(ushort[] entries, ushort firstMappedRaw, int bits)
    {
        _entries = entries;
        _firstMappedRaw = firstMappedRaw;
        Bits = bits;
        ushort min = ushort.MaxValue, max = 0;
        foreach (var e in entries)
        {
            min = Math.Min(min, e);
            max = Math.Max(max, e);
        }

        MinValue = min;
        MaxValue = max;
    }

    /// <summary>Bits per entry in effect (8 to 16).</summary>
    public int Bits { get; }

    /// <summary>Number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>Smallest entry.</summary>
    public ushort MinValue { get; }

    /// <summary>Largest entry.</summary>
    public ushort MaxValue { get; }

    /// <summary>2^Bits: the range the entries are scaled from.</summary>
    public double AbsMaxRange => 1 << Bits;

    public ushort FirstValue => _entries[0];

    public ushort LastValue => _entries[^1];

    /// <summary>Resolves a table, or returns null when it has no data (DCMTK then ignores it).</summary>
    public static ResolvedLookupTable? Resolve(LookupTableData table)
    {
        var words = table.Data.Span;
        var count = table.NumberOfEntries == 0 ? MaxEntries : table.NumberOfEntries;
        var dataCount = Math.Min(words.Length, MaxEntries);
        if (dataCount == 0)
        {
            return null;
        }

        ushort[] entries;
        bool packed8 = false;
        if (dataCount != count && dataCount == (count + 1) >> 1)
        {
            // Two 8-bit entries per word, low byte first.
            packed8 = true;
            entries = new ushort[count];
            for (var i = 0; i < count; i++)
            {
                var word = words[i >> 1];
                entries[i] = (ushort)((i & 1) == 0 ? word & 0xFF : word >> 8);
            }
        }
        else
        {
            // When the data and the descriptor disagree otherwise, the data win.
            entries = words[..dataCount].ToArray();
        }

        var bits = EffectiveBits(table.BitsPerEntry, entries);
        var mask = (ushort)((1 << bits) - 1);
        if (!packed8 && bits < 16)
        {
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] &= mask;
            }
        }

        return new ResolvedLookupTable(entries, table.FirstMappedValue, bits);
    }

    /// <summary>The first input value mapped, read as signed when the table's input is signed.</summary>
    public int FirstMapped(bool signedInput) => signedInput ? (short)_firstMappedRaw : _firstMappedRaw;

    /// <summary>Looks an input value up; inputs outside the table take its first or last entry.</summary>
    public ushort Lookup(long value, int firstMapped)
    {
        if (value <= firstMapped)
        {
            return _entries[0];
        }

        var index = value - firstMapped;
        return index >= _entries.Length - 1 ? _entries[^1] : _entries[index];
    }

    private static int EffectiveBits(int descriptorBits, ushort[] entries)
    {
        if (descriptorBits is >= 8 and <= 16)
        {
            return descriptorBits;
        }

        var max = 0;
        foreach (var e in entries)
        {
            max = Math.Max(max, e);
        }

        var bits = max > 0 ? 32 - int.LeadingZeroCount(max) : descriptorBits;
        return Math.Clamp(bits, 8, 16);
    }
}
