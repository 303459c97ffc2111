namespace Dicom.Clean.Toolkit.Json;

/// <summary>
/// Turns an IS or DS value (ASCII, spaces already trimmed) into JSON number text: PS3.5 allows forms
/// JSON does not (<c>+1</c>, <c>007</c>, <c>.5</c>, <c>5.</c>), which are normalised without changing the
/// decimal value; anything else is not a number and is written as a string by the caller.
/// </summary>
internal static class DicomJsonNumberText
{
    /// <summary>Normalises <paramref name="value"/> into <paramref name="output"/> (at least <c>value.Length + 1</c> bytes).</summary>
    /// <param name="value">The value.</param>
    /// <param name="integer">True for IS: no fraction or exponent allowed.</param>
    /// <param name="output">Receives the JSON number.</param>
    /// <param name="written">Bytes written.</param>
    /// <returns>False when the value is not a number of that VR.</returns>
    public static bool TryNormalize(ReadOnlySpan<byte> value, bool integer, Span<byte> output, out int written)
    {
        written = 0;
        var i = 0;
        if (i < value.Length && (value[i] == '+' || value[i] == '-'))
        {
            if (value[i] == '-')
            {
                output[written++] = (byte)'-';
            }

            i++;
        }

        var integerStart = i;
        while (i < value.Length && IsDigit(value[i]))
        {
            i++;
        }

        var integerDigits = value[integerStart..i];
        var fractionDigits = ReadOnlySpan<byte>.Empty;
        if (!integer && i < value.Length && value[i] == '.')
        {
            var fractionStart = ++i;
            while (i < value.Length && IsDigit(value[i]))
            {
                i++;
            }

            fractionDigits = value[fractionStart..i];
        }

        if (integerDigits.IsEmpty && fractionDigits.IsEmpty)
        {
            return false;
        }

        // JSON forbids leading zeros: keep one digit at least.
        var significant = integerDigits.TrimStart((byte)'0');
        if (significant.IsEmpty)
        {
            output[written++] = (byte)'0';
        }
        else
        {
            significant.CopyTo(output[written..]);
            written += significant.Length;
        }

        if (!fractionDigits.IsEmpty)
        {
            output[written++] = (byte)'.';
            fractionDigits.CopyTo(output[written..]);
            written += fractionDigits.Length;
        }

        if (!integer && i < value.Length && (value[i] == 'e' || value[i] == 'E'))
        {
            output[written++] = (byte)'e';
            i++;
            if (i < value.Length && (value[i] == '+' || value[i] == '-'))
            {
                output[written++] = value[i++];
            }

            var exponentStart = i;
            while (i < value.Length && IsDigit(value[i]))
            {
                output[written++] = value[i++];
            }

            if (i == exponentStart)
            {
                return false;
            }
        }

        return i == value.Length;
    }

    private static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';
}
