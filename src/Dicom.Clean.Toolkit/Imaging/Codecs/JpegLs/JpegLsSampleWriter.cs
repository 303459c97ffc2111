using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>
/// Stores decoded lines into the caller's buffer: one or two bytes per sample, little endian,
/// optionally sign-extending two's complement values of a given width to the sample size.
/// </summary>
internal readonly ref struct JpegLsSampleWriter
{
    private readonly Span<byte> _destination;
    private readonly JpegLsComponentLayout[] _layouts;
    private readonly int _signBit;
    private readonly int _signMask;

    /// <summary>Creates a writer.</summary>
    /// <param name="destination">The output buffer.</param>
    /// <param name="layouts">One layout per frame component.</param>
    /// <param name="bytesPerSample">1 or 2.</param>
    /// <param name="signExtendFromBits">0 to store values as they are, else the width of the two's complement values.</param>
    public JpegLsSampleWriter(Span<byte> destination, JpegLsComponentLayout[] layouts, int bytesPerSample, int signExtendFromBits)
    {
        _destination = destination;
        _layouts = layouts;
        BytesPerSample = bytesPerSample;
        var extend = signExtendFromBits is > 0 and < 16;
        _signBit = extend ? 1 << (signExtendFromBits - 1) : 0;
        _signMask = extend ? (1 << signExtendFromBits) - 1 : -1;
    }

    /// <summary>Bytes per stored sample.</summary>
    public int BytesPerSample { get; }

    /// <summary>The output buffer.</summary>
    public Span<byte> Destination => _destination;

    /// <summary>The layout of each frame component.</summary>
    public ReadOnlySpan<JpegLsComponentLayout> Layouts => _layouts;

    /// <summary>Stores <paramref name="count"/> samples of one line, read from every <paramref name="stride"/>-th entry.</summary>
    public void WriteLine(int component, int row, ReadOnlySpan<int> samples, int stride, int count)
    {
        var layout = _layouts[component];
        var index = layout.Offset + (row * layout.RowStride);
        var step = layout.PixelStride;
        var signBit = _signBit;
        var signMask = _signMask;
        if (BytesPerSample == 1)
        {
            var target = _destination;
            for (int x = 0, s = 0; x < count; x++, s += stride, index += step)
            {
                var value = samples[s];
                target[index] = (byte)(((value & signMask) ^ signBit) - signBit);
            }

            return;
        }

        var words = MemoryMarshal.Cast<byte, ushort>(_destination);
        var swap = !BitConverter.IsLittleEndian;
        for (int x = 0, s = 0; x < count; x++, s += stride, index += step)
        {
            var value = (ushort)(((samples[s] & signMask) ^ signBit) - signBit);
            words[index] = swap ? BinaryPrimitives.ReverseEndianness(value) : value;
        }
    }
}
