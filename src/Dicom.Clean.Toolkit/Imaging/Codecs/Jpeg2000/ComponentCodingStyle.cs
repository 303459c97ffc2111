namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// The component-specific part of COD/COC (SPcod/SPcoc, T.800 Table A.15): decomposition levels,
/// code-block size and style, wavelet filter and precinct sizes.
/// </summary>
internal sealed class ComponentCodingStyle
{
    /// <summary>Default precinct exponent (2^15) when Scod/Scoc does not define precincts.</summary>
    private const int DefaultPrecinctExponent = 15;

    private readonly byte[] _precinctExponents;

    private ComponentCodingStyle(int levels, int blockWidthExponent, int blockHeightExponent, CodeBlockStyle blockStyle,
        bool reversible, byte[] precinctExponents)
    {
        Levels = levels;
        BlockWidthExponent = blockWidthExponent;
        BlockHeightExponent = blockHeightExponent;
        BlockStyle = blockStyle;
        Reversible = reversible;
        _precinctExponents = precinctExponents;
    }

    /// <summary>Number of decomposition levels NL (0 to 32).</summary>
    public int Levels { get; }

    /// <summary>Code-block width exponent xcb (2 to 10).</summary>
    public int BlockWidthExponent { get; }

    /// <summary>Code-block height exponent ycb (2 to 10).</summary>
    public int BlockHeightExponent { get; }

    /// <summary>Code-block coding style flags.</summary>
    public CodeBlockStyle BlockStyle { get; }

    /// <summary>True for the 5/3 reversible filter, false for the 9/7 irreversible one.</summary>
    public bool Reversible { get; }

    /// <summary>Precinct width exponent PPx of resolution <paramref name="r"/>.</summary>
    public int PrecinctWidthExponent(int r) => _precinctExponents[r] & 0x0F;

    /// <summary>Precinct height exponent PPy of resolution <paramref name="r"/>.</summary>
    public int PrecinctHeightExponent(int r) => _precinctExponents[r] >> 4;

    /// <summary>
    /// Parses SPcod/SPcoc. <paramref name="definesPrecincts"/> is bit 0 of Scod/Scoc. Returns the
    /// number of bytes read.
    /// </summary>
    public static ComponentCodingStyle Parse(ReadOnlySpan<byte> body, bool definesPrecincts, long offset, out int consumed)
    {
        if (body.Length < 5)
        {
            throw new DicomException("JPEG 2000 COD/COC segment is too short", offset);
        }

        int levels = body[0];
        var xcb = (body[1] & 0x0F) + 2;
        var ycb = (body[2] & 0x0F) + 2;
        var style = (CodeBlockStyle)body[3];
        int transform = body[4];
        if (levels > 32)
        {
            throw new DicomException($"JPEG 2000 COD/COC declares {levels} decomposition levels, more than 32", offset);
        }

        if (xcb > 10 || ycb > 10 || xcb + ycb > 12)
        {
            throw new DicomException($"JPEG 2000 code-block size 2^{xcb} x 2^{ycb} is not allowed", offset);
        }

        if (transform > 1)
        {
            throw new DicomException($"JPEG 2000 wavelet transformation {transform} (Part 2 arbitrary filters) is not supported", offset);
        }

        var exponents = new byte[levels + 1];
        if (definesPrecincts)
        {
            if (body.Length < 5 + levels + 1)
            {
                throw new DicomException("JPEG 2000 COD/COC segment ends inside its precinct sizes", offset);
            }

            for (var r = 0; r <= levels; r++)
            {
                var value = body[5 + r];

                // Only resolution 0 may use 1-sample precincts (T.800 A.6.1); raise others to 2.
                if (r > 0 && ((value & 0x0F) == 0 || (value >> 4) == 0))
                {
                    value = (byte)(Math.Max(value & 0x0F, 1) | (Math.Max(value >> 4, 1) << 4));
                }

                exponents[r] = value;
            }

            consumed = 5 + levels + 1;
        }
        else
        {
            Array.Fill(exponents, (byte)(DefaultPrecinctExponent | (DefaultPrecinctExponent << 4)));
            consumed = 5;
        }

        return new ComponentCodingStyle(levels, xcb, ycb, style, transform == 1, exponents);
    }
}
