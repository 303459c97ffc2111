using System.Runtime.CompilerServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>
/// The statistics of one regular-mode context (T.87 A.2.1 and A.6): A accumulates error magnitudes,
/// B the errors (for the bias), C is the bias correction and N counts occurrences.
/// </summary>
internal struct JpegLsRegularContext
{
    /// <summary>Bias correction bounds (MIN_C, MAX_C).</summary>
    public const int MinC = -128, MaxC = 127;

    /// <summary>Sum of error magnitudes.</summary>
    public int A;

    /// <summary>Sum of (dequantized) errors since the last bias update.</summary>
    public int B;

    /// <summary>Bias correction added to the prediction.</summary>
    public int C;

    /// <summary>Occurrence count.</summary>
    public int N;

    /// <summary>The initial state for a scan or restart interval (T.87 A.2.1, step 1.d).</summary>
    public static JpegLsRegularContext Initial(int range) => new() { A = Math.Max(2, (range + 32) / 64), N = 1 };

    /// <summary>The Golomb parameter k: the least k with N * 2^k &gt;= A (T.87 A.5.1), at most 24.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly int GolombParameter()
    {
        // The cap only matters for damaged streams, where A can grow past anything a valid one reaches.
        var k = 0;
        while ((N << k) < A && k < 24)
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// Whether the mapped error of a k = 0 lossless code uses the alternative mapping of T.87 A.5.2
    /// (2B &lt;= -N): the decoder then inverts the unmapped error.
    /// </summary>
    public readonly bool UsesAlternativeMapping => 2 * B <= -N;

    /// <summary>Updates A, B, N and the bias correction C after an error (T.87 A.6.1 and A.6.2).</summary>
    /// <param name="error">The quantized error value Errval, in the context's sign.</param>
    /// <param name="near">NEAR.</param>
    /// <param name="reset">RESET.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(int error, int near, int reset)
    {
        A += Math.Abs(error);
        B += error * ((2 * near) + 1);
        if (N == reset)
        {
            A >>= 1;
            B >>= 1; // An arithmetic shift is the floor the standard asks for negative B.
            N >>= 1;
        }

        N++;
        if (B <= -N)
        {
            B += N;
            if (C > MinC)
            {
                C--;
            }

            if (B <= -N)
            {
                B = -N + 1;
            }
        }
        else if (B > 0)
        {
            B -= N;
            if (C < MaxC)
            {
                C++;
            }

            if (B > 0)
            {
                B = 0;
            }
        }
    }
}
