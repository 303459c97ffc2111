namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// A tag tree (T.800 B.10.2) over a grid of code-blocks: each level halves the grid until one
/// root remains; decoding walks from the root to a leaf, keeping per-node lower bounds so later
/// layers resume where earlier ones stopped.
/// </summary>
internal sealed class TagTree
{
    private const int Unknown = int.MaxValue;

    private readonly int[] _value;
    private readonly int[] _low;
    private readonly int[] _parent;
    private readonly int _leafWidth;

    /// <summary>Creates a tree over a <paramref name="width"/> x <paramref name="height"/> grid (both at least 1).</summary>
    public TagTree(int width, int height)
    {
        _leafWidth = width;
        var count = 0;
        var levels = new List<(int Width, int Height, int Start)>();
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
        _parent = new int[count];
        Array.Fill(_value, Unknown);
        for (var l = 0; l < levels.Count; l++)
        {
            var (lw, lh, start) = levels[l];
            for (var y = 0; y < lh; y++)
            {
                for (var x = 0; x < lw; x++)
                {
                    _parent[start + (y * lw) + x] = l + 1 < levels.Count
                        ? levels[l + 1].Start + ((y >> 1) * levels[l + 1].Width) + (x >> 1)
                        : -1;
                }
            }
        }
    }

    /// <summary>
    /// Decodes bits until the value of leaf (<paramref name="x"/>, <paramref name="y"/>) is known to
    /// be below <paramref name="threshold"/> or not; returns true when it is below.
    /// </summary>
    public bool Decode(ref PacketHeaderReader reader, int x, int y, int threshold)
    {
        Span<int> path = stackalloc int[32];
        var depth = 0;
        for (var node = (y * _leafWidth) + x; node >= 0; node = _parent[node])
        {
            path[depth++] = node;
        }

        var low = 0;
        for (var i = depth - 1; i >= 0; i--)
        {
            var node = path[i];
            if (low > _low[node])
            {
                _low[node] = low;
            }
            else
            {
                low = _low[node];
            }

            while (low < threshold && low < _value[node])
            {
                if (reader.ReadBit() != 0)
                {
                    _value[node] = low;
                }
                else
                {
                    low++;
                }
            }

            _low[node] = low;
        }

        return _value[path[0]] < threshold;
    }

    /// <summary>The decoded value of a leaf (only meaningful once <see cref="Decode"/> returned true).</summary>
    public int Value(int x, int y) => _value[(y * _leafWidth) + x];
}
