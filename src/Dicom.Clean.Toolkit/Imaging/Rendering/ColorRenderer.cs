using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>
/// Renders colour frames to 8-bit RGB the way DCMTK's dcmimage does: samples masked to Bits Stored,
/// signed samples offset to unsigned, YBR converted with DCMTK's formulas at the sample precision,
/// then the result reduced to 8 bits by a right shift (or scaled up when narrower).
/// </summary>
internal static class ColorRenderer
{
    public static void RenderThreeSamples(
        ReadOnlySpan<byte> frame, in StoredValueFormat format, string photometric, int pixels, Span<byte> rgb)
    {
        var bits = format.BitsStored;
        var samples = frame;
        if (format.BytesPerSample == 1 && bits == 8 && !format.IsSigned && format.HighBitShift == 0 && IsRgbLike(photometric))
        {
            samples[..(pixels * 3)].CopyTo(rgb);
            return;
        }

        var maxValue = bits >= 32 ? uint.MaxValue : (1u << bits) - 1;
        var conversion = ConversionOf(photometric, bits, format.IsSigned);
        for (int i = 0, o = 0; i < pixels; i++, o += 3)
        {
            var s0 = Unsigned(frame, format, 3 * i);
            var s1 = Unsigned(frame, format, (3 * i) + 1);
            var s2 = Unsigned(frame, format, (3 * i) + 2);
            switch (conversion)
            {
                case Conversion.YbrFull8:
                    YbrConverter.FullTable8((byte)s0, (byte)s1, (byte)s2, out s0, out s1, out s2);
                    break;
                case Conversion.YbrFull:
                    YbrConverter.Full(s0, s1, s2, maxValue, out s0, out s1, out s2);
                    break;
                case Conversion.YbrPartial:
                    YbrConverter.Partial(s0, s1, s2, maxValue, out s0, out s1, out s2);
                    break;
            }

            rgb[o] = To8Bit(s0, bits);
            rgb[o + 1] = To8Bit(s1, bits);
            rgb[o + 2] = To8Bit(s2, bits);
        }
    }

    public static void RenderPalette(
        ReadOnlySpan<byte> frame, in StoredValueFormat format, PaletteColorLookupTables palette, int pixels, Span<byte> rgb)
    {
        var red = Resolve(palette.Red, "red");
        var green = Resolve(palette.Green, "green");
        var blue = Resolve(palette.Blue, "blue");
        var bits = Math.Max(red.Bits, Math.Max(green.Bits, blue.Bits));
        var (min, max) = StoredValueStatistics.MinMax(frame, format, pixels);
        var entries = (int)(max - min + 1);

        // One table per frame: stored value to the three output bytes.
        var table = ArrayPool<byte>.Shared.Rent(entries * 3);
        try
        {
            int rf = red.FirstMapped(format.IsSigned), gf = green.FirstMapped(format.IsSigned), bf = blue.FirstMapped(format.IsSigned);
            for (var i = 0; i < entries; i++)
            {
                var value = min + i;
                table[3 * i] = To8Bit(red.Lookup(value, rf), bits);
                table[(3 * i) + 1] = To8Bit(green.Lookup(value, gf), bits);
                table[(3 * i) + 2] = To8Bit(blue.Lookup(value, bf), bits);
            }

            for (int i = 0, o = 0; i < pixels; i++, o += 3)
            {
                var t = 3 * (int)(format.Extract(ReadRaw(frame, format.BytesPerSample, i)) - min);
                rgb[o] = table[t];
                rgb[o + 1] = table[t + 1];
                rgb[o + 2] = table[t + 2];
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(table);
        }
    }

    private enum Conversion
    {
        None,
        YbrFull8,
        YbrFull,
        YbrPartial,
    }

    private static bool IsRgbLike(string photometric) =>
        photometric is PhotometricInterpretations.Rgb or PhotometricInterpretations.YbrIct or PhotometricInterpretations.YbrRct;

    private static Conversion ConversionOf(string photometric, int bits, bool signed) => photometric switch
    {
        // DCMTK converts unsigned 8-bit YBR_FULL with integer tables, everything else in double precision.
        PhotometricInterpretations.YbrFull when bits == 8 && !signed => Conversion.YbrFull8,
        PhotometricInterpretations.YbrFull or PhotometricInterpretations.YbrFull422 => Conversion.YbrFull,
        PhotometricInterpretations.YbrPartial422 or PhotometricInterpretations.YbrPartial420 => Conversion.YbrPartial,
        _ => Conversion.None,
    };

    private static ResolvedLookupTable Resolve(LookupTableData table, string channel) =>
        ResolvedLookupTable.Resolve(table) ?? throw new DicomException($"The {channel} palette lookup table has no data");

    /// <summary>The sample at <paramref name="index"/>, masked, and offset by half the range when signed (DCMTK's removeSign).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Unsigned(ReadOnlySpan<byte> frame, in StoredValueFormat format, int index)
    {
        var value = format.Extract(ReadRaw(frame, format.BytesPerSample, index));
        return format.IsSigned ? (uint)(value + (1L << (format.BitsStored - 1))) : (uint)value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint ReadRaw(ReadOnlySpan<byte> frame, int bytesPerSample, int index) => bytesPerSample switch
    {
        1 => frame[index],
        2 => MemoryMarshal.Cast<byte, ushort>(frame)[index],
        _ => MemoryMarshal.Cast<byte, uint>(frame)[index],
    };

    /// <summary>DCMTK's reduction to 8 bits: shift wider samples right, stretch narrower ones by 255 / (2^bits - 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte To8Bit(uint value, int bits)
    {
        if (bits > 8)
        {
            return (byte)(value >> (bits - 8));
        }

        if (bits == 8)
        {
            return (byte)value;
        }

        var maxValue = (1 << bits) - 1;
        return 255 % maxValue == 0 ? (byte)(value * (uint)(255 / maxValue)) : (byte)(value * (255.0 / maxValue));
    }
}
