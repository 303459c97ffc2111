using System.Runtime.CompilerServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>
/// The statistics of one of the two run-interruption contexts (indices 365 and 366 of T.87 A.7.2):
/// A, N and Nn (the count of negative errors), for interruption type RItype 0 or 1.
/// </summary>
internal struct JpegLsRunContext
{
    /// <summary>Sum of error magnitudes.</summary>
    public int A;

    /// <summary>Occurrence count.</summary>
    public int N;

    /// <summary>Count of negative errors.</summary>
    public int Nn;

    /// <summary>RItype: 1 when the interrupting sample was predicted from Ra (|Ra - Rb| &lt;= NEAR), else 0.</summary>
    public int InterruptionType;

    /// <summary>The initial state for a scan or restart interval.</summary>
    public static JpegLsRunContext Initial(int interruptionType, int range) =>
        new() { A = Math.Max(2, (range + 32) / 64), N = 1, InterruptionType = interruptionType };

    /// <summary>The Golomb parameter: the least k with N * 2^k &gt;= A + (N / 2) * RItype (T.87 A.7.2.1), at most 24.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly int GolombParameter()
    {
        var temp = A + ((N >> 1) * InterruptionType);
        var k = 0;
        while ((N << k) < temp && k < 24)
        {
            k++;
        }

        return k;
    }

    /// <summary>Maps the decoded EMErrval back to Errval (inverse of T.87 A.7.2.2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly int ErrorValue(int mappedError, int k)
    {
        var temp = mappedError + InterruptionType;
        var map = temp & 1;
        var magnitude = (temp + map) >> 1;
        var negative = (k != 0 || 2 * Nn >= N) == (map != 0);
        return negative ? -magnitude : magnitude;
    }

    /// <summary>Updates A, N and Nn after a run-interruption error (T.87 A.7.2.3).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(int error, int mappedError, int reset)
    {
        if (error < 0)
        {
            Nn++;
        }

        A += (mappedError + 1 - InterruptionType) >> 1;
        if (N == reset)
        {
            A >>= 1;
            N >>= 1;
            Nn >>= 1;
        }

        N++;
    }
}
