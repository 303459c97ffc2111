using System.Buffers.Binary;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// A QCD or QCC marker segment (T.800 A.6.4/A.6.5): guard bits and the exponent/mantissa pair
/// of each sub-band.
/// </summary>
internal sealed class Quantization
{
    private readonly ushort[] _steps;

    private Quantization(int style, int guardBits, ushort[] steps)
    {
        Style = style;
        GuardBits = guardBits;
        _steps = steps;
    }

    /// <summary>0 none (reversible), 1 scalar derived, 2 scalar expounded.</summary>
    public int Style { get; }

    /// <summary>Number of guard bits G.</summary>
    public int GuardBits { get; }

    /// <summary>
    /// Exponent and mantissa of sub-band <paramref name="bandIndex"/> (0 for LL, then 3 per
    /// resolution in HL, LH, HH order) in a decomposition of <paramref name="levels"/> levels.
    /// </summary>
    public (int Exponent, int Mantissa) Step(int bandIndex, int levels)
    {
        if (Style == 1)
        {
            // Derived: every band scales from the LL value (T.800 E-5): eps_b = eps_0 - NL + n_b.
            var level = bandIndex == 0 ? levels : levels - ((bandIndex - 1) / 3);
            var exponent = (_steps[0] >> 11) - levels + level;
            return (Math.Max(exponent, 0), _steps[0] & 0x7FF);
        }

        // Lenient: a segment listing fewer bands than the decomposition has reuses its last entry.
        var step = _steps[Math.Min(bandIndex, _steps.Length - 1)];
        return (step >> 11, step & 0x7FF);
    }

    /// <summary>Parses Sqcd/Sqcc and the step sizes that follow.</summary>
    public static Quantization Parse(ReadOnlySpan<byte> body, long offset)
    {
        if (body.Length < 1)
        {
            throw new DicomException("JPEG 2000 QCD/QCC segment is too short", offset);
        }

        var style = body[0] & 0x1F;
        var guard = body[0] >> 5;
        var rest = body[1..];
        ushort[] steps;
        switch (style)
        {
            case 0:
                steps = new ushort[rest.Length];
                for (var i = 0; i < rest.Length; i++)
                {
                    steps[i] = (ushort)((rest[i] >> 3) << 11);
                }

                break;
            case 1:
            case 2:
                steps = new ushort[rest.Length / 2];
                for (var i = 0; i < steps.Length; i++)
                {
                    steps[i] = BinaryPrimitives.ReadUInt16BigEndian(rest[(2 * i)..]);
                }

                break;
            default:
                throw new DicomException($"JPEG 2000 quantization style {style} is not defined", offset);
        }

        if (steps.Length == 0)
        {
            throw new DicomException("JPEG 2000 QCD/QCC segment holds no step sizes", offset);
        }

        return new Quantization(style, guard, steps);
    }
}
