namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>Per-thread tier-1 state: the Part 1 and HT block decoders, picked per code-block.</summary>
internal sealed class CodeBlockDecoder
{
    private readonly EbcotBlockDecoder _ebcot = new();
    private HtCodeBlockDecoder? _ht;

    /// <summary>Decodes one queued code-block into its component plane.</summary>
    public void Decode(in CodeBlockJob job, int[][] planes, DecodeWarnings warnings)
    {
        var component = job.Component;
        var style = component.Style.BlockStyle;
        var output = planes[component.Component].AsSpan(job.Origin);
        if ((style & CodeBlockStyle.HighThroughput) != 0 && !job.Block.Part1InMixed)
        {
            _ht ??= new HtCodeBlockDecoder();
            _ht.Decode(job.Block, job.Band, style, component.RoiShift, component.Style.Reversible, job.Arena, output, component.PlaneWidth,
                warnings);
        }
        else
        {
            _ebcot.Decode(job.Block, job.Band, style & ~(CodeBlockStyle.HighThroughput | CodeBlockStyle.Mixed), component.RoiShift,
                component.Style.Reversible, job.Arena, output, component.PlaneWidth, warnings);
        }
    }
}
