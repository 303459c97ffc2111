namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// The HT refinement passes (T.814 7.4, 7.5), one bit-plane below the cleanup pass: SigProp reads
/// forward from the segment start, significance bits of each four-column group then their signs;
/// MagRef reads backward from the segment end, one bit per sample significant after cleanup.
/// </summary>
internal sealed partial class HtBlockDecoder
{
    private void SignificancePropagation(ReadOnlySpan<byte> data, int bitPlane, bool causal)
    {
        var reader = new HtForwardReader(data, 0, data.Length, 0);
        var value = 3 << bitPlane;
        Span<int> newlySignificant = stackalloc int[16];
        for (var y0 = 0; y0 < _height; y0 += 4)
        {
            var rows = Math.Min(4, _height - y0);
            for (var x0 = 0; x0 < _width; x0 += 4)
            {
                var found = 0;
                var columns = Math.Min(4, _width - x0);
                for (var c = 0; c < columns; c++)
                {
                    for (var r = 0; r < rows; r++)
                    {
                        var at = ((y0 + r + 1) * _stride) + x0 + c + 1;
                        if (_values[at] != 0 || !HasSignificantNeighbour(at, r == rows - 1 && r == 3 && causal))
                        {
                            continue;
                        }

                        var bit = (int)(reader.Peek() & 1);
                        reader.Advance(1);
                        if (bit != 0)
                        {
                            _values[at] = value;
                            newlySignificant[found++] = at;
                        }
                    }
                }

                for (var i = 0; i < found; i++)
                {
                    var sign = (int)(reader.Peek() & 1);
                    reader.Advance(1);
                    _values[newlySignificant[i]] |= sign << 31;
                }
            }
        }
    }

    private bool HasSignificantNeighbour(int at, bool skipBelow)
    {
        var s = _stride;
        var v = _values;
        var around = v[at - s - 1] | v[at - s] | v[at - s + 1] | v[at - 1] | v[at + 1];
        if (!skipBelow)
        {
            around |= v[at + s - 1] | v[at + s] | v[at + s + 1];
        }

        return around != 0;
    }

    private void MagnitudeRefinement(ReadOnlySpan<byte> data, int bitPlane)
    {
        var reader = HtReverseReader.ForMagRef(data, 0, data.Length);
        var half = 1 << bitPlane;
        for (var y0 = 0; y0 < _height; y0 += 4)
        {
            var rows = Math.Min(4, _height - y0);
            for (var x = 0; x < _width; x++)
            {
                for (var r = 0; r < rows; r++)
                {
                    var at = ((y0 + r + 1) * _stride) + x + 1;
                    if (!_fromCleanup[at])
                    {
                        continue;
                    }

                    var bit = reader.Peek() & 1;
                    reader.Advance(1);
                    _values[at] += bit != 0 ? half : -half;
                }
            }
        }
    }
}
