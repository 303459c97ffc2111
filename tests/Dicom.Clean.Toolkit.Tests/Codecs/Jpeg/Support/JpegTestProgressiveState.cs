namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;

/// <summary>
/// AC scans of a progressive test encoder (T.81 G.1.2.2 and G.1.2.3): first scans and refinement
/// scans, with end-of-band runs spanning blocks and the correction bits they carry.
/// </summary>
internal sealed class JpegTestProgressiveState
{
    private const int AcSlot = 4;
    private readonly JpegTestEntropyScan _scan;
    private readonly int _al;
    private readonly List<int> _pendingCorrections = [];
    private int _endOfBandRun;

    public JpegTestProgressiveState(JpegTestEntropyScan scan, int al)
    {
        _scan = scan;
        _al = al;
    }

    public void EncodeAcFirst(ReadOnlySpan<short> block, int ss, int se)
    {
        var run = 0;
        for (var k = ss; k <= se; k++)
        {
            int value = block[JpegTestStreamWriter.ZigZag[k]];
            var magnitude = Math.Abs(value) >> _al;
            if (magnitude == 0)
            {
                run++;
                continue;
            }

            FlushEndOfBand();
            for (; run > 15; run -= 16)
            {
                _scan.Symbol(AcSlot, 0xF0);
            }

            var (size, bits) = JpegTestEntropyScan.Category(value < 0 ? -magnitude : magnitude);
            _scan.Symbol(AcSlot, (run << 4) | size);
            _scan.Bits(bits, size);
            run = 0;
        }

        if (run > 0 && ++_endOfBandRun == 0x7FFF)
        {
            FlushEndOfBand();
        }
    }

    public void EncodeAcRefine(ReadOnlySpan<short> block, int ss, int se)
    {
        // The last coefficient that becomes nonzero in this scan bounds the ZRLs worth sending.
        var last = 0;
        for (var k = ss; k <= se; k++)
        {
            if (Math.Abs((int)block[JpegTestStreamWriter.ZigZag[k]]) >> _al == 1)
            {
                last = k;
            }
        }

        var run = 0;
        var corrections = new List<int>();
        for (var k = ss; k <= se; k++)
        {
            int value = block[JpegTestStreamWriter.ZigZag[k]];
            var magnitude = Math.Abs(value) >> _al;
            if (magnitude == 0)
            {
                run++;
                continue;
            }

            while (run > 15 && k <= last)
            {
                FlushEndOfBand();
                _scan.Symbol(AcSlot, 0xF0);
                run -= 16;
                Emit(corrections);
            }

            if (magnitude > 1)
            {
                // Already nonzero: only its next bit, sent after the next symbol.
                corrections.Add(magnitude & 1);
                continue;
            }

            FlushEndOfBand();
            _scan.Symbol(AcSlot, (run << 4) | 1);
            _scan.Bits(value < 0 ? 0 : 1, 1);
            Emit(corrections);
            run = 0;
        }

        if (run > 0 || corrections.Count > 0)
        {
            _endOfBandRun++;
            _pendingCorrections.AddRange(corrections);
            if (_endOfBandRun == 0x7FFF)
            {
                FlushEndOfBand();
            }
        }
    }

    /// <summary>Emits a pending EOBRUN (G.1.2.2) and the correction bits of the blocks it covers.</summary>
    public void FlushEndOfBand()
    {
        if (_endOfBandRun > 0)
        {
            var r = 0;
            while (_endOfBandRun >> (r + 1) != 0)
            {
                r++;
            }

            _scan.Symbol(AcSlot, r << 4);
            _scan.Bits(_endOfBandRun, r);
            _endOfBandRun = 0;
        }

        Emit(_pendingCorrections);
    }

    private void Emit(List<int> bits)
    {
        foreach (var bit in bits)
        {
            _scan.Bits(bit, 1);
        }

        bits.Clear();
    }
}
