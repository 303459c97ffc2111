namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>
/// Brings one component to full resolution, one output row at a time, choosing the method IJG
/// libjpeg 6b (jdsample.c) chooses with its defaults: the "fancy" triangle filter for 2:1
/// horizontal and 2:1 horizontal-and-vertical subsampling of DCT images wider than 2 samples,
/// sample replication otherwise (and always in lossless images). Edge rows are replicated as
/// libjpeg's context rows are.
/// </summary>
internal sealed class JpegUpsampler
{
    private readonly JpegComponent _component;
    private readonly Method _method;
    private readonly int _horizontalExpansion;
    private readonly int _verticalExpansion;
    private readonly ushort[] _scratch;

    public JpegUpsampler(JpegFrame frame, JpegComponent component, ushort[] scratch)
    {
        _component = component;
        _scratch = scratch;
        _horizontalExpansion = frame.MaxH / component.H;
        _verticalExpansion = frame.MaxV / component.V;
        var fancy = frame.IsDct && component.Width > 2 && _horizontalExpansion == 2;
        _method = (_horizontalExpansion, _verticalExpansion) switch
        {
            (1, 1) => Method.FullSize,
            (2, 1) when fancy => Method.FancyH2V1,
            (2, 2) when fancy => Method.FancyH2V2,
            _ => Method.Replicate,
        };
    }

    private enum Method
    {
        FullSize,
        FancyH2V1,
        FancyH2V2,
        Replicate,
    }

    /// <summary>Scratch length one upsampler needs for a frame: the padded full-resolution width.</summary>
    public static int ScratchLength(JpegFrame frame) => frame.McusWide * frame.MaxH * frame.Unit;

    /// <summary>Returns output row <paramref name="y"/>: an array and the offset of its first sample.</summary>
    public ushort[] Row(int y, out int offset)
    {
        var c = _component;
        var plane = c.Plane!;
        switch (_method)
        {
            case Method.FullSize:
                offset = y * c.PlaneWidth;
                return plane;
            case Method.FancyH2V1:
                FancyH2V1(plane.AsSpan(y * c.PlaneWidth, c.PlaneWidth), c.Width);
                break;
            case Method.FancyH2V2:
                var inRow = y >> 1;
                var nearRow = Math.Clamp((y & 1) == 0 ? inRow - 1 : inRow + 1, 0, c.Height - 1);
                FancyH2V2(plane.AsSpan(inRow * c.PlaneWidth, c.PlaneWidth), plane.AsSpan(nearRow * c.PlaneWidth, c.PlaneWidth), c.Width);
                break;
            default:
                Replicate(plane.AsSpan(y / _verticalExpansion * c.PlaneWidth, c.Width));
                break;
        }

        offset = 0;
        return _scratch;
    }

    // 3/4 of the nearer sample plus 1/4 of the further one, rounding alternately down and up.
    private void FancyH2V1(ReadOnlySpan<ushort> input, int width)
    {
        var output = _scratch.AsSpan();
        int value = input[0];
        output[0] = (ushort)value;
        output[1] = (ushort)(((value * 3) + input[1] + 2) >> 2);
        var o = 2;
        for (var x = 1; x < width - 1; x++)
        {
            value = input[x] * 3;
            output[o++] = (ushort)((value + input[x - 1] + 1) >> 2);
            output[o++] = (ushort)((value + input[x + 1] + 2) >> 2);
        }

        value = input[width - 1];
        output[o++] = (ushort)(((value * 3) + input[width - 2] + 1) >> 2);
        output[o] = (ushort)value;
    }

    // The same triangle filter in both directions: weights 9/16, 3/16, 3/16, 1/16.
    private void FancyH2V2(ReadOnlySpan<ushort> nearest, ReadOnlySpan<ushort> next, int width)
    {
        var output = _scratch.AsSpan();
        var thisSum = (nearest[0] * 3) + next[0];
        var nextSum = (nearest[1] * 3) + next[1];
        output[0] = (ushort)(((thisSum * 4) + 8) >> 4);
        output[1] = (ushort)(((thisSum * 3) + nextSum + 7) >> 4);
        var lastSum = thisSum;
        thisSum = nextSum;
        var o = 2;
        for (var x = 2; x < width; x++)
        {
            nextSum = (nearest[x] * 3) + next[x];
            output[o++] = (ushort)(((thisSum * 3) + lastSum + 8) >> 4);
            output[o++] = (ushort)(((thisSum * 3) + nextSum + 7) >> 4);
            lastSum = thisSum;
            thisSum = nextSum;
        }

        output[o++] = (ushort)(((thisSum * 3) + lastSum + 8) >> 4);
        output[o] = (ushort)(((thisSum * 4) + 7) >> 4);
    }

    private void Replicate(ReadOnlySpan<ushort> input)
    {
        var output = _scratch.AsSpan();
        var expansion = _horizontalExpansion;
        var o = 0;
        foreach (var value in input)
        {
            output.Slice(o, expansion).Fill(value);
            o += expansion;
        }
    }
}
