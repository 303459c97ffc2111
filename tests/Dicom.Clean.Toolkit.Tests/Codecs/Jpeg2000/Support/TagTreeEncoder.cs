namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>Tag tree encoder (T.800 B.10.2) with the usual per-node state across layers.</summary>
internal sealed class TagTreeEncoder
{
    private readonly int[] _value;
    private readonly int[] _low;
    private readonly bool[] _known;
    private readonly int[] _parent;
    private readonly int _width;

    public TagTreeEncoder(int width, int height, int[] leaves)
    {
        _width = width;
        var levels = new List<(int W, int H, int Start)>();
        var count = 0;
        int w = width, h = height;
        while (true)
        {
            levels.Add((w, h, count));
            count += w * h;
            if (w == 1 && h == 1)
            {
                break;
            }

            w = (w + 1) >> 1;
            h = (h + 1) >> 1;
        }

        _value = new int[count];
        _low = new int[count];
        _known = new bool[count];
        _parent = new int[count];
        Array.Fill(_value, int.MaxValue);
        leaves.CopyTo(_value, 0);
        for (var l = 0; l < levels.Count; l++)
        {
            var (lw, lh, start) = levels[l];
            for (var y = 0; y < lh; y++)
            {
                for (var x = 0; x < lw; x++)
                {
                    var node = start + (y * lw) + x;
                    if (l + 1 < levels.Count)
                    {
                        var parent = levels[l + 1].Start + ((y >> 1) * levels[l + 1].W) + (x >> 1);
                        _parent[node] = parent;
                        _value[parent] = Math.Min(_value[parent], _value[node]);
                    }
                    else
                    {
                        _parent[node] = -1;
                    }
                }
            }
        }
    }

    /// <summary>Codes whether leaf (x, y) is below <paramref name="threshold"/>, as far as not yet coded.</summary>
    public void Encode(PacketBitWriter writer, int x, int y, int threshold)
    {
        var path = new Stack<int>();
        for (var node = (y * _width) + x; node >= 0; node = _parent[node])
        {
            path.Push(node);
        }

        var low = 0;
        foreach (var node in path)
        {
            if (low > _low[node])
            {
                _low[node] = low;
            }
            else
            {
                low = _low[node];
            }

            while (low < threshold)
            {
                if (low >= _value[node])
                {
                    if (!_known[node])
                    {
                        writer.WriteBit(1);
                        _known[node] = true;
                    }

                    break;
                }

                writer.WriteBit(0);
                low++;
            }

            _low[node] = low;
        }
    }
}
