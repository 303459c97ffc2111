namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>SigProp and MagRef for bit-plane 0 after a cleanup pass at bit-plane 1.</summary>
internal sealed partial class HtBlockEncoder
{
    private byte[] Refinement(bool causal)
    {
        var significant = new bool[_width * _height];
        var fromCleanup = new bool[_width * _height];
        for (var i = 0; i < significant.Length; i++)
        {
            significant[i] = fromCleanup[i] = (Math.Abs(_coefficients[i]) >> 1) > 0;
        }

        var sigProp = new List<int>();
        for (var y0 = 0; y0 < _height; y0 += 4)
        {
            for (var x0 = 0; x0 < _width; x0 += 4)
            {
                var found = new List<int>();
                for (var x = x0; x < Math.Min(x0 + 4, _width); x++)
                {
                    for (var y = y0; y < Math.Min(y0 + 4, _height); y++)
                    {
                        if (significant[(y * _width) + x] || !HasNeighbour(significant, x, y, causal && y == y0 + 3))
                        {
                            continue;
                        }

                        var bit = Math.Abs(_coefficients[(y * _width) + x]) & 1;
                        sigProp.Add(bit);
                        if (bit == 1)
                        {
                            significant[(y * _width) + x] = true;
                            found.Add((y * _width) + x);
                        }
                    }
                }

                sigProp.AddRange(found.Select(i => _coefficients[i] < 0 ? 1 : 0));
            }
        }

        var magRef = new List<int>();
        for (var y0 = 0; y0 < _height; y0 += 4)
        {
            for (var x = 0; x < _width; x++)
            {
                for (var y = y0; y < Math.Min(y0 + 4, _height); y++)
                {
                    if (fromCleanup[(y * _width) + x])
                    {
                        magRef.Add(Math.Abs(_coefficients[(y * _width) + x]) & 1);
                    }
                }
            }
        }

        var backward = HtBitWriters.Backward(magRef, 0, previousAbove8F: true);
        backward.Reverse();
        return [.. HtBitWriters.ForwardLsbFirst(sigProp), .. backward];
    }

    private bool HasNeighbour(bool[] significant, int x, int y, bool skipBelow)
    {
        for (var dy = -1; dy <= (skipBelow ? 0 : 1); dy++)
        {
            for (var dx = -1; dx <= 1; dx++)
            {
                var nx = x + dx;
                var ny = y + dy;
                if ((dx != 0 || dy != 0) && nx >= 0 && ny >= 0 && nx < _width && ny < _height && significant[(ny * _width) + nx])
                {
                    return true;
                }
            }
        }

        return false;
    }
}
