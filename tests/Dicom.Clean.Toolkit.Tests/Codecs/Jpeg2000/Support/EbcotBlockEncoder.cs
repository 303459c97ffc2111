using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>
/// A Part 1 block encoder for tests (T.800 Annex D, encoder side): codes integer coefficients bit-plane
/// by bit-plane in the three passes with every code-block style, terminating segments where the
/// style says. Contexts come from the decoder's tables (validated by the conformance streams);
/// the neighbourhoods are recomputed from plain significance arrays rather than the decoder's
/// flag words.
/// </summary>
internal sealed class EbcotBlockEncoder
{
    private readonly int _width;
    private readonly int _height;
    private readonly int _stride;
    private readonly int[] _magnitude;
    private readonly bool[] _significant;
    private readonly bool[] _negative;
    private readonly bool[] _visited;
    private readonly bool[] _refined;
    private readonly CodeBlockStyle _style;
    private readonly int _orientation;
    private readonly byte[] _contexts = new byte[19];

    private EbcotBlockEncoder(int[] coefficients, int width, int height, int orientation, CodeBlockStyle style)
    {
        _width = width;
        _height = height;
        _stride = width + 2;
        _orientation = orientation;
        _style = style;
        var cells = _stride * (height + 2);
        _magnitude = new int[cells];
        _significant = new bool[cells];
        _negative = new bool[cells];
        _visited = new bool[cells];
        _refined = new bool[cells];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var c = coefficients[(y * width) + x];
                _magnitude[At(x, y)] = Math.Abs(c);
                _negative[At(x, y)] = c < 0;
            }
        }
    }

    /// <summary>Codes a width x height block of coefficients (row-major) of a band with the given orientation.</summary>
    public static EncodedBlock Encode(int[] coefficients, int width, int height, int orientation, CodeBlockStyle style) =>
        new EbcotBlockEncoder(coefficients, width, height, orientation, style).Run();

    private EncodedBlock Run()
    {
        var max = _magnitude.Max();
        var planes = max == 0 ? 0 : 32 - int.LeadingZeroCount(max);
        if (planes == 0)
        {
            return new EncodedBlock(0, [], [], []);
        }

        var passCount = (3 * planes) - 2;
        var segments = new List<byte[]>();
        var passSegment = new int[passCount];
        var passEnd = new int[passCount];
        ResetContexts();
        MqEncoder? mq = null;
        RawBitEncoder? raw = null;
        var passType = 2;
        var plane = planes - 1;
        var segmentStart = 0;
        for (var pass = 0; pass < passCount; pass++)
        {
            if (pass == segmentStart)
            {
                var bypassed = (_style & CodeBlockStyle.Bypass) != 0 && pass >= 10 && passType < 2;
                mq = bypassed ? null : new MqEncoder();
                raw = bypassed ? new RawBitEncoder() : null;
            }

            switch (passType)
            {
                case 0:
                    Significance(mq, raw, plane);
                    break;
                case 1:
                    Refinement(mq, raw, plane);
                    break;
                default:
                    Cleanup(mq!, plane);
                    break;
            }

            if ((_style & CodeBlockStyle.Reset) != 0 && mq is not null)
            {
                ResetContexts();
            }

            passSegment[pass] = segments.Count;
            var capacity = PacketDecoder.SegmentCapacity(_style, segmentStart);
            if (pass - segmentStart + 1 == capacity || pass == passCount - 1)
            {
                var bytes = mq is not null ? mq.Finish() : raw!.Finish();
                segments.Add(bytes);
                passEnd[pass] = bytes.Length;
                segmentStart = pass + 1;
            }
            else
            {
                passEnd[pass] = mq is not null ? mq.BytesSoFar : raw!.Length;
            }

            if (++passType == 3)
            {
                passType = 0;
                plane--;
            }
        }

        // A split point can never pass the segment's final length.
        for (var pass = 0; pass < passCount; pass++)
        {
            passEnd[pass] = Math.Min(passEnd[pass], segments[passSegment[pass]].Length);
        }

        return new EncodedBlock(planes, segments, passSegment, passEnd);
    }

    private void ResetContexts()
    {
        Array.Clear(_contexts);
        _contexts[EbcotContexts.UniformContext] = MqStates.Uniform;
        _contexts[EbcotContexts.RunLengthContext] = MqStates.RunLength;
        _contexts[0] = MqStates.ZeroCodingFirst;
    }

    private int At(int x, int y) => ((y + 1) * _stride) + x + 1;

    private int Bit(int at, int plane) => (_magnitude[at] >> plane) & 1;

    // The eight neighbour bits (and four sign bits) the decoder's flag word would hold.
    private int Neighbours(int x, int y)
    {
        var causal = (_style & CodeBlockStyle.VerticallyCausal) != 0 && (y & 3) == 3;
        var f = 0;
        f |= Sig(x, y - 1) ? EbcotContexts.North | (Neg(x, y - 1) ? EbcotContexts.NorthNegative : 0) : 0;
        f |= !causal && Sig(x, y + 1) ? EbcotContexts.South | (Neg(x, y + 1) ? EbcotContexts.SouthNegative : 0) : 0;
        f |= Sig(x - 1, y) ? EbcotContexts.West | (Neg(x - 1, y) ? EbcotContexts.WestNegative : 0) : 0;
        f |= Sig(x + 1, y) ? EbcotContexts.East | (Neg(x + 1, y) ? EbcotContexts.EastNegative : 0) : 0;
        f |= Sig(x - 1, y - 1) ? EbcotContexts.NorthWest : 0;
        f |= Sig(x + 1, y - 1) ? EbcotContexts.NorthEast : 0;
        f |= !causal && Sig(x - 1, y + 1) ? EbcotContexts.SouthWest : 0;
        f |= !causal && Sig(x + 1, y + 1) ? EbcotContexts.SouthEast : 0;
        return f;
    }

    private bool Sig(int x, int y) => x >= 0 && y >= 0 && x < _width && y < _height && _significant[At(x, y)];

    private bool Neg(int x, int y) => _negative[At(x, y)];

    private int ZeroContext(int f) => EbcotContexts.ZeroCoding[(_orientation * 256) + (f & 0xFF)];

    private void EncodeSign(MqEncoder mq, int at, int f)
    {
        var entry = EbcotContexts.SignCoding[(f & 0x0F) | ((f >> 4) & 0xF0)];
        mq.Encode(ref _contexts[entry >> 1], (_negative[at] ? 1 : 0) ^ (entry & 1));
    }

    private void Significance(MqEncoder? mq, RawBitEncoder? raw, int plane)
    {
        foreach (var (x, y) in Scan())
        {
            var at = At(x, y);
            var f = Neighbours(x, y);
            if (_significant[at] || (f & 0xFF) == 0)
            {
                continue;
            }

            var bit = Bit(at, plane);
            if (raw is not null)
            {
                raw.Write(bit);
                if (bit == 1)
                {
                    raw.Write(_negative[at] ? 1 : 0);
                }
            }
            else
            {
                mq!.Encode(ref _contexts[ZeroContext(f)], bit);
                if (bit == 1)
                {
                    EncodeSign(mq, at, f);
                }
            }

            _significant[at] |= bit == 1;
            _visited[at] = true;
        }
    }

    private void Refinement(MqEncoder? mq, RawBitEncoder? raw, int plane)
    {
        foreach (var (x, y) in Scan())
        {
            var at = At(x, y);
            if (!_significant[at] || _visited[at])
            {
                continue;
            }

            var bit = Bit(at, plane);
            if (raw is not null)
            {
                raw.Write(bit);
            }
            else
            {
                var context = _refined[at] ? 16 : ((Neighbours(x, y) & 0xFF) != 0 ? 15 : 14);
                mq!.Encode(ref _contexts[context], bit);
            }

            _refined[at] = true;
        }
    }

    private void Cleanup(MqEncoder mq, int plane)
    {
        for (var y0 = 0; y0 < _height; y0 += 4)
        {
            var rows = Math.Min(4, _height - y0);
            for (var x = 0; x < _width; x++)
            {
                var k = 0;
                if (rows == 4 && Enumerable.Range(0, 4).All(r =>
                        !_significant[At(x, y0 + r)] && !_visited[At(x, y0 + r)] && (Neighbours(x, y0 + r) & 0xFF) == 0))
                {
                    var first = Enumerable.Range(0, 4).FirstOrDefault(r => Bit(At(x, y0 + r), plane) == 1, -1);
                    mq.Encode(ref _contexts[EbcotContexts.RunLengthContext], first < 0 ? 0 : 1);
                    if (first < 0)
                    {
                        continue;
                    }

                    mq.Encode(ref _contexts[EbcotContexts.UniformContext], first >> 1);
                    mq.Encode(ref _contexts[EbcotContexts.UniformContext], first & 1);
                    var at = At(x, y0 + first);
                    EncodeSign(mq, at, Neighbours(x, y0 + first));
                    _significant[at] = true;
                    k = first + 1;
                }

                for (; k < rows; k++)
                {
                    var at = At(x, y0 + k);
                    if (_visited[at])
                    {
                        _visited[at] = false;
                        continue;
                    }

                    if (_significant[at])
                    {
                        continue;
                    }

                    var f = Neighbours(x, y0 + k);
                    var bit = Bit(at, plane);
                    mq.Encode(ref _contexts[ZeroContext(f)], bit);
                    if (bit == 1)
                    {
                        EncodeSign(mq, at, f);
                        _significant[at] = true;
                    }
                }
            }
        }

        if ((_style & CodeBlockStyle.SegmentationSymbols) != 0)
        {
            foreach (var bit in (int[])[1, 0, 1, 0])
            {
                mq.Encode(ref _contexts[EbcotContexts.UniformContext], bit);
            }
        }
    }

    private IEnumerable<(int X, int Y)> Scan()
    {
        for (var y0 = 0; y0 < _height; y0 += 4)
        {
            for (var x = 0; x < _width; x++)
            {
                for (var y = y0; y < Math.Min(y0 + 4, _height); y++)
                {
                    yield return (x, y);
                }
            }
        }
    }
}
