using System.Buffers;

namespace Dicom.Clean.Toolkit.Text;

/// <summary>
/// Writes text with ISO 2022 code extensions as PS3.5 6.1.2.5.3 requires: each character in
/// the set already designated when it can be, else in the first declared set that has it (one
/// escape sequence); back to the sets of value 1 before every control character, value
/// delimiter, person-name delimiter (<c>^</c>, <c>=</c>) and at the end of the value.
/// </summary>
internal static class CodeExtensionEncoder
{
    private const byte Escape = 0x1B;

    // Worst case per character: two resets (2 x 4 bytes), one designation (4) and two bytes.
    private const int MaxBytesPerChar = 14;

    /// <summary>
    /// Encodes <paramref name="text"/>; on failure returns false with the index of the first
    /// character none of the declared sets can express (ESC is refused too: it would corrupt
    /// the designations).
    /// </summary>
    public static bool TryEncode(string text, CodeExtensionProfile profile, bool isPersonName, out byte[] bytes, out int failedAt)
    {
        var buffer = ArrayPool<byte>.Shared.Rent((text.Length * MaxBytesPerChar) + 16);
        try
        {
            var writer = new State(profile, buffer);
            for (var i = 0; i < text.Length; i++)
            {
                if (!writer.Write(text[i], isPersonName))
                {
                    (bytes, failedAt) = ([], i);
                    return false;
                }
            }

            writer.Reset();
            (bytes, failedAt) = (buffer.AsSpan(0, writer.Length).ToArray(), -1);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private struct State(CodeExtensionProfile profile, byte[] buffer)
    {
        private Designation _g0 = profile.InitialG0;
        private Designation? _g1 = profile.InitialG1;

        public int Length { get; private set; }

        public bool Write(char c, bool isPersonName)
        {
            if (c == Escape)
            {
                return false;
            }

            if (c < 0x20 || c == 0x7F)
            {
                Reset();
                buffer[Length++] = (byte)c;
                return true;
            }

            if (c == '\\' || (isPersonName && c is '^' or '='))
            {
                Reset();
                return TryPut(_g0, c);
            }

            if (TryPut(_g0, c) || (_g1 is not null && TryPut(_g1, c)))
            {
                return true;
            }

            foreach (var designation in profile.Designations)
            {
                if (designation.TryEncode(c, out var code))
                {
                    Designate(designation);
                    Put(designation, code);
                    return true;
                }
            }

            return false;
        }

        /// <summary>Returns to the sets of value 1 (nothing to write when G1 starts undesignated).</summary>
        public void Reset()
        {
            if (_g0 != profile.InitialG0)
            {
                Designate(profile.InitialG0);
            }

            if (_g1 != profile.InitialG1)
            {
                if (profile.InitialG1 is { } initial)
                {
                    Designate(initial);
                }
                else
                {
                    _g1 = null;
                }
            }
        }

        private void Designate(Designation designation)
        {
            buffer[Length++] = Escape;
            foreach (var c in designation.Escape)
            {
                buffer[Length++] = (byte)c;
            }

            if (designation.ToG1)
            {
                _g1 = designation;
            }
            else
            {
                _g0 = designation;
            }
        }

        private bool TryPut(Designation designation, char c)
        {
            if (!designation.TryEncode(c, out var code))
            {
                return false;
            }

            Put(designation, code);
            return true;
        }

        private void Put(Designation designation, int code)
        {
            if (designation.Set.IsDoubleByte)
            {
                buffer[Length++] = (byte)(code >> 8);
            }

            buffer[Length++] = (byte)code;
        }
    }
}
