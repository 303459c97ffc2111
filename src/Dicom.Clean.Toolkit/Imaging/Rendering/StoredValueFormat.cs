using System.Runtime.CompilerServices;

namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>
/// How to turn one decoded integer sample into its stored value: shift the high bit down, keep
/// Bits Stored bits, and sign-extend when Pixel Representation is 1. A value type with no virtual
/// members, so the per-pixel loops inline it.
/// </summary>
internal readonly struct StoredValueFormat
{
    private readonly int _shift;
    private readonly uint _mask;
    private readonly int _signShift;

    public StoredValueFormat(int bitsAllocated, int bitsStored, int highBit, bool isSigned)
    {
        BitsAllocated = bitsAllocated;
        BitsStored = bitsStored;
        IsSigned = isSigned && bitsStored > 1;
        _shift = highBit - bitsStored + 1;
        _mask = bitsStored >= 32 ? uint.MaxValue : (1u << bitsStored) - 1;
        _signShift = 32 - bitsStored;
    }

    public int BitsAllocated { get; }

    /// <summary>How far the lowest stored bit sits above bit 0 (High Bit - Bits Stored + 1).</summary>
    public int HighBitShift => _shift;

    public int BitsStored { get; }

    public bool IsSigned { get; }

    /// <summary>Bytes per decoded sample.</summary>
    public int BytesPerSample => BitsAllocated <= 8 ? 1 : BitsAllocated / 8;

    /// <summary>Smallest value Bits Stored can hold.</summary>
    public long AbsoluteMinimum => IsSigned ? -(1L << (BitsStored - 1)) : 0;

    /// <summary>Largest value Bits Stored can hold.</summary>
    public long AbsoluteMaximum => IsSigned ? (1L << (BitsStored - 1)) - 1 : (1L << BitsStored) - 1;

    /// <summary>Extracts the stored value from a raw sample (up to 32 bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Extract(uint raw)
    {
        var value = (raw >> _shift) & _mask;
        return IsSigned ? (int)(value << _signShift) >> _signShift : value;
    }

    /// <summary>Extracts the stored value as an int; valid when Bits Stored is at most 31, or 32 and signed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ExtractInt(uint raw)
    {
        var value = (raw >> _shift) & _mask;
        return IsSigned ? (int)(value << _signShift) >> _signShift : (int)value;
    }
}
