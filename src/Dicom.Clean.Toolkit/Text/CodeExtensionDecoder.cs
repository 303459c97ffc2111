using System.Buffers;
using System.Collections.Frozen;

namespace Dicom.Clean.Toolkit.Text;

/// <summary>
/// Reads text written with ISO 2022 code extensions (PS3.5 6.1.2.5): escape sequences designate
/// sets into G0 (bytes 0x21-0x7E) and G1 (bytes 0xA0-0xFF); control characters, the value
/// delimiter and, in person names, the <c>^</c> and <c>=</c> delimiters return to the sets of
/// value 1. Lenient: unknown escapes are dropped, bad bytes become U+FFFD, both reported.
/// </summary>
internal static class CodeExtensionDecoder
{
    private const byte Escape = 0x1B;
    private const int MaxEscapeLength = 4;
    private const int StackLimit = 256;

    private static readonly FrozenDictionary<string, Designation>.AlternateLookup<ReadOnlySpan<char>> Escapes =
        DefinedTerms.Escapes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Decodes one value (all its values and components).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, CodeExtensionProfile profile, bool isPersonName, ref DecodeReport report)
    {
        char[]? rented = null;
        var output = bytes.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(bytes.Length));
        try
        {
            var length = Run(bytes, output, profile, isPersonName, ref report);
            return new string(output[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // Each step consumes at least one byte and writes at most one character.
    private static int Run(ReadOnlySpan<byte> bytes, Span<char> output, CodeExtensionProfile profile, bool isPersonName, ref DecodeReport report)
    {
        var g0 = profile.InitialG0;
        var g1 = profile.InitialG1;
        int i = 0, written = 0;
        while (i < bytes.Length)
        {
            var start = i;
            var b = bytes[i];
            char c;
            if (b == Escape)
            {
                i = Designate(bytes, i, profile, ref g0, ref g1, ref report);
                continue;
            }

            if (b < 0x20 || b == 0x7F)
            {
                // CR, LF, FF, TAB and every other control return to the initial sets.
                output[written++] = (char)b;
                (g0, g1, i) = (profile.InitialG0, profile.InitialG1, i + 1);
                continue;
            }

            if (b == 0x20)
            {
                c = ' '; // SPACE whatever G0 holds (ISO 2022 6.3.2)
                i++;
            }
            else if (b < 0x80)
            {
                c = Read(g0, bytes, ref i, 0x21);
                if (c == '\\' || (isPersonName && c is '^' or '='))
                {
                    (g0, g1) = (profile.InitialG0, profile.InitialG1);
                }
            }
            else if (b >= 0xA0)
            {
                if (g1 is null && profile.FallbackG1 is { } fallback)
                {
                    report.UndesignatedG1At ??= i;
                    g1 = fallback;
                }

                c = g1 is null ? NextUnmapped(ref i) : Read(g1, bytes, ref i, 0xA1);
            }
            else
            {
                c = NextUnmapped(ref i); // C1 controls have no place in DICOM text
            }

            if (c == CodedCharacterSet.Unmapped)
            {
                report.InvalidAt ??= start;
            }

            output[written++] = c;
        }

        return written;
    }

    // Reads one character of the set designated, from GL (low = 0x21) or GR (low = 0xA1).
    private static char Read(Designation designation, ReadOnlySpan<byte> bytes, ref int i, int low)
    {
        var b = bytes[i];
        if (!designation.Set.IsDoubleByte)
        {
            i++;
            return designation.Set.Decode((byte)((b & 0x7F) | (designation.RightHalf ? 0x80 : 0)));
        }

        if (b >= low && b <= low + 0x5D && i + 1 < bytes.Length && bytes[i + 1] >= low && bytes[i + 1] <= low + 0x5D)
        {
            i += 2;
            return designation.Set.Decode(b, bytes[i - 1]);
        }

        return NextUnmapped(ref i);
    }

    private static char NextUnmapped(ref int i)
    {
        i++;
        return CodedCharacterSet.Unmapped;
    }

    // ESC, intermediate bytes 0x20-0x2F, one final byte 0x30-0x7E; returns the index after it.
    private static int Designate(ReadOnlySpan<byte> bytes, int i, CodeExtensionProfile profile, ref Designation g0, ref Designation? g1, ref DecodeReport report)
    {
        var end = i + 1;
        while (end < bytes.Length && bytes[end] is >= 0x20 and <= 0x2F)
        {
            end++;
        }

        if (end >= bytes.Length || bytes[end] is < 0x30 or > 0x7E)
        {
            report.UnknownEscapeAt ??= i;
            return end; // drop ESC and the intermediates of a broken sequence
        }

        var sequence = bytes[(i + 1)..(end + 1)];
        Span<char> key = stackalloc char[MaxEscapeLength];
        if (sequence.Length <= MaxEscapeLength)
        {
            for (var k = 0; k < sequence.Length; k++)
            {
                key[k] = (char)sequence[k];
            }

            if (Escapes.TryGetValue(key[..sequence.Length], out var designation))
            {
                if (!profile.Declares(designation))
                {
                    report.UndeclaredEscapeAt ??= i;
                }

                if (designation.ToG1)
                {
                    g1 = designation;
                }
                else
                {
                    g0 = designation;
                }

                return end + 1;
            }

            if (sequence is [(byte)'&', (byte)'@'])
            {
                return end + 1; // announces a revised registration (JIS X 0208-1990): no designation
            }
        }

        report.UnknownEscapeAt ??= i;
        return end + 1;
    }
}
