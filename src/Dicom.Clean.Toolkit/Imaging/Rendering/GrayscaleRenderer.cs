using System.Buffers;
using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>
/// Renders a monochrome frame: one lookup table per frame from stored value to output, built over the
/// frame's stored range, then one pass over the pixels. Data whose range a table cannot cover (wide
/// 32-bit integers, floats) take one tight loop through the same stages instead.
/// </summary>
internal static class GrayscaleRenderer
{
    // A table of up to 2^20 entries (1 MB) is cheaper to fill than most frames are to walk twice.
    private const long MaxTableEntries = 1 << 20;

    public static void Render(
        ImagePixelAttributes image, int frameIndex, ReadOnlySpan<byte> frame, in StoredValueFormat format,
        RenderOptions options, RenderedFrame output)
    {
        var pixels = image.Rows * image.Columns;
        var modality = ModalityStage.Create(image, frameIndex, format.IsSigned, options.UseFrameFunctionalGroups);
        if (image.SampleFormat != PixelSampleFormat.Integer)
        {
            RenderFloat(image, frameIndex, frame, modality, options, output, pixels);
            return;
        }

        var (min, max) = StoredValueStatistics.MinMax(frame, format, pixels);
        var (modalityMin, modalityMax) = ModalityRange(frame, format, modality, pixels, min, max);
        var (absMin, absMax) = modality.AbsoluteRange(format.AbsoluteMinimum, format.AbsoluteMaximum);

        if (options.Output == RenderOutput.Modality16)
        {
            RenderModality16(frame, format, modality, output, pixels, min, max, absMin, absMax);
            return;
        }

        var range = new VoiResolver.ValueRange(modalityMin, modalityMax, absMin, absMax);
        var (voi, applied) = VoiResolver.Resolve(image, frameIndex, options, range);
        output.AppliedWindow = applied;
        var destination = output.WritablePixels;

        var entries = max - min + 1;
        if (entries > MaxTableEntries)
        {
            for (var i = 0; i < pixels; i++)
            {
                destination[i] = voi.Map(modality.Apply(format.Extract(ReadRaw(frame, format.BytesPerSample, i))));
            }

            return;
        }

        var table = ArrayPool<byte>.Shared.Rent((int)entries);
        try
        {
            for (var i = 0; i < entries; i++)
            {
                table[i] = voi.Map(modality.Apply(min + i));
            }

            ApplyTable(frame, format, table, (int)min, destination[..pixels]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(table);
        }
    }

    private static void ApplyTable<T>(ReadOnlySpan<byte> frame, in StoredValueFormat format, T[] table, int min, Span<T> destination)
    {
        switch (format.BytesPerSample)
        {
            case 1:
                var bytes = frame[..destination.Length];
                for (var i = 0; i < bytes.Length; i++)
                {
                    destination[i] = table[format.ExtractInt(bytes[i]) - min];
                }

                break;
            case 2:
                var words = MemoryMarshal.Cast<byte, ushort>(frame)[..destination.Length];
                for (var i = 0; i < words.Length; i++)
                {
                    destination[i] = table[format.ExtractInt(words[i]) - min];
                }

                break;
            default:
                var dwords = MemoryMarshal.Cast<byte, uint>(frame)[..destination.Length];
                for (var i = 0; i < dwords.Length; i++)
                {
                    destination[i] = table[(int)(format.Extract(dwords[i]) - min)];
                }

                break;
        }
    }

    private static uint ReadRaw(ReadOnlySpan<byte> frame, int bytesPerSample, int index) => bytesPerSample switch
    {
        1 => frame[index],
        2 => MemoryMarshal.Cast<byte, ushort>(frame)[index],
        _ => MemoryMarshal.Cast<byte, uint>(frame)[index],
    };

    private static (double Min, double Max) ModalityRange(
        ReadOnlySpan<byte> frame, in StoredValueFormat format, ModalityStage modality, int pixels, long min, long max)
    {
        if (!modality.IsLookupTable)
        {
            var a = modality.Apply(min);
            var b = modality.Apply(max);
            return a <= b ? (a, b) : (b, a);
        }

        // A Modality LUT need not be monotonic: look at the values actually used.
        double lo = double.MaxValue, hi = double.MinValue;
        for (var i = 0; i < pixels; i++)
        {
            var v = modality.Apply(format.Extract(ReadRaw(frame, format.BytesPerSample, i)));
            lo = Math.Min(lo, v);
            hi = Math.Max(hi, v);
        }

        return (lo, hi);
    }

    private static void RenderModality16(
        ReadOnlySpan<byte> frame, in StoredValueFormat format, ModalityStage modality, RenderedFrame output,
        int pixels, long min, long max, double absMin, double absMax)
    {
        var offset = absMin >= 0 && absMax <= ushort.MaxValue ? 0 : (long)Math.Floor(absMin);
        output.ModalityOffset = offset;
        var destination = MemoryMarshal.Cast<byte, ushort>(output.WritablePixels)[..pixels];
        var entries = max - min + 1;
        if (entries > MaxTableEntries)
        {
            for (var i = 0; i < pixels; i++)
            {
                destination[i] = ToUInt16(modality.Apply(format.Extract(ReadRaw(frame, format.BytesPerSample, i))), offset);
            }

            return;
        }

        var table = ArrayPool<ushort>.Shared.Rent((int)entries);
        try
        {
            for (var i = 0; i < entries; i++)
            {
                table[i] = ToUInt16(modality.Apply(min + i), offset);
            }

            ApplyTable(frame, format, table, (int)min, destination);
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(table);
        }
    }

    private static ushort ToUInt16(double modalityValue, long offset) =>
        (ushort)Math.Clamp(Math.Round(modalityValue, MidpointRounding.AwayFromZero) - offset, 0, ushort.MaxValue);

    private static void RenderFloat(
        ImagePixelAttributes image, int frameIndex, ReadOnlySpan<byte> frame, ModalityStage modality,
        RenderOptions options, RenderedFrame output, int pixels)
    {
        var isDouble = image.SampleFormat == PixelSampleFormat.Float64;
        var floats = MemoryMarshal.Cast<byte, float>(frame);
        var doubles = MemoryMarshal.Cast<byte, double>(frame);
        var (min, max) = isDouble ? StoredValueStatistics.MinMax(doubles[..pixels]) : StoredValueStatistics.MinMax(floats[..pixels]);
        var a = modality.Apply(min);
        var b = modality.Apply(max);
        var (modalityMin, modalityMax) = a <= b ? (a, b) : (b, a);

        if (options.Output == RenderOutput.Modality16)
        {
            // Floats have no representation range: the frame's own range decides the offset.
            var offset = modalityMin >= 0 && modalityMax <= ushort.MaxValue ? 0 : (long)Math.Floor(modalityMin);
            output.ModalityOffset = offset;
            var words = MemoryMarshal.Cast<byte, ushort>(output.WritablePixels);
            for (var i = 0; i < pixels; i++)
            {
                var v = modality.Apply(isDouble ? doubles[i] : floats[i]);
                words[i] = double.IsNaN(v) ? (ushort)0 : ToUInt16(v, offset);
            }

            return;
        }

        var range = new VoiResolver.ValueRange(modalityMin, modalityMax, modalityMin, modalityMax);
        var (voi, applied) = VoiResolver.Resolve(image, frameIndex, options, range);
        output.AppliedWindow = applied;
        var destination = output.WritablePixels;
        if (isDouble)
        {
            for (var i = 0; i < pixels; i++)
            {
                destination[i] = voi.Map(modality.Apply(doubles[i]));
            }
        }
        else
        {
            for (var i = 0; i < pixels; i++)
            {
                destination[i] = voi.Map(modality.Apply(floats[i]));
            }
        }
    }
}
