using System.Buffers;
using System.Buffers.Binary;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>
/// Walks the markers of one JPEG stream (T.81 Annex B), keeps the tables, checks the frame header
/// against the DICOM geometry before allocating anything, and hands each scan to the decoder of its
/// process. Afterwards <see cref="Frame"/> holds every component's reconstructed sample plane.
/// One instance per decoded frame; <see cref="Dispose"/> returns the pooled buffers.
/// </summary>
internal sealed partial class JpegStreamDecoder : IDisposable
{
    /// <summary>
    /// Scans accepted in one stream. Real progressions use about ten; each scan costs a pass over
    /// the image even when nearly empty, so this bounds the work a hostile stream can cause.
    /// </summary>
    public const int MaxScans = 1000;

    /// <summary>
    /// Huffman and quantization table definitions accepted in one stream (eight per scan at the
    /// scan limit), so that repeated DHT segments cannot make decoding allocate without bound.
    /// </summary>
    public const int MaxTableDefinitions = 8 * MaxScans;

    private readonly int _frameIndex;
    private readonly FrameDescriptor _descriptor;
    private readonly JpegHuffmanTable?[] _dcTables = new JpegHuffmanTable?[4];
    private readonly JpegHuffmanTable?[] _acTables = new JpegHuffmanTable?[4];
    private readonly int[]?[] _quantTables = new int[]?[4];
    private bool _heightFromDnl;
    private bool _sawEnd;
    private int _scanCount;
    private int _tableCount;

    public JpegStreamDecoder(int frameIndex, in FrameDescriptor descriptor)
    {
        _frameIndex = frameIndex;
        _descriptor = descriptor;
    }

    /// <summary>The frame, once its header has been read.</summary>
    public JpegFrame? Frame { get; private set; }

    /// <summary>Restart interval in MCUs (DRI); 0 when restart markers are not used.</summary>
    public int RestartInterval { get; private set; }

    /// <summary>Frame index for error messages.</summary>
    public int FrameIndex => _frameIndex;

    /// <summary>Decodes every scan of <paramref name="data"/> into the component planes.</summary>
    public void Run(ReadOnlySpan<byte> data)
    {
        if (data.Length < 2 || data[0] != 0xFF || data[1] != JpegMarker.Soi)
        {
            throw Fail("the stream does not start with an SOI marker", 0);
        }

        var position = 2;
        while (true)
        {
            var markerOffset = position;
            var marker = NextMarker(data, ref position, ref markerOffset);
            if (marker < 0 || marker == JpegMarker.Eoi)
            {
                // A missing EOI is tolerated once the image is complete; junk after EOI is ignored.
                _sawEnd = marker == JpegMarker.Eoi;
                break;
            }

            if (JpegMarker.IsStandalone(marker))
            {
                continue;
            }

            var segment = ReadSegment(data, ref position, markerOffset);
            var bodyOffset = markerOffset + 4;
            switch (marker)
            {
                case >= JpegMarker.Sof0 and <= JpegMarker.Sof3:
                    ReadFrameHeader(marker, segment, markerOffset);
                    break;
                case JpegMarker.Dht:
                    ReadHuffmanTables(segment, bodyOffset);
                    break;
                case JpegMarker.Dqt:
                    ReadQuantizationTables(segment, bodyOffset);
                    break;
                case JpegMarker.Dri:
                    RestartInterval = segment.Length >= 2 ? BinaryPrimitives.ReadUInt16BigEndian(segment) : throw Fail("DRI segment too short", markerOffset);
                    break;
                case JpegMarker.Dnl:
                    ReadNumberOfLines(segment, markerOffset);
                    break;
                case JpegMarker.Sos:
                    if (_scanCount == MaxScans)
                    {
                        throw Fail($"more than {MaxScans} scans", markerOffset);
                    }

                    var scan = ReadScanHeader(segment, markerOffset);
                    position = DecodeScan(data, position, scan);
                    _scanCount++;
                    break;
                default:
                    if (JpegMarker.IsUnsupportedFrame(marker))
                    {
                        throw Fail($"SOF marker 0xFF{marker:X2} (hierarchical or arithmetic coding) is not supported", markerOffset);
                    }

                    // APPn, COM and anything else with a length: not needed to decode the pixels.
                    break;
            }
        }

        Finish(data.Length);
    }

    public void Dispose()
    {
        if (Frame is null)
        {
            return;
        }

        foreach (var c in Frame.Components)
        {
            if (c.Plane is not null)
            {
                ArrayPool<ushort>.Shared.Return(c.Plane);
                c.Plane = null;
            }

            if (c.Coefficients is not null)
            {
                ArrayPool<short>.Shared.Return(c.Coefficients);
                c.Coefficients = null;
            }
        }
    }

    private DicomException Fail(string reason, long offset) => JpegFailure.At(reason, offset, _frameIndex);

    /// <summary>Finds the next marker from <paramref name="position"/>, skipping fill bytes and stray data.</summary>
    private static int NextMarker(ReadOnlySpan<byte> data, ref int position, ref int markerOffset)
    {
        var p = position;
        while (p + 1 < data.Length)
        {
            if (data[p] == 0xFF && data[p + 1] != 0xFF && data[p + 1] != 0x00)
            {
                markerOffset = p;
                position = p + 2;
                return data[p + 1];
            }

            p++;
        }

        position = data.Length;
        markerOffset = data.Length;
        return -1;
    }

    private int DecodeScan(ReadOnlySpan<byte> data, int position, in JpegScan scan)
    {
        var frame = Frame!;
        if (frame.IsDct)
        {
            foreach (var c in scan.Components)
            {
                c.Quant ??= (int[]?)_quantTables[c.QuantTableId]?.Clone()
                    ?? throw Fail($"no quantization table {c.QuantTableId} for component {c.Id}", scan.Offset);
            }
        }

        foreach (var c in scan.Components)
        {
            c.HasData = true;
        }

        return frame.Process switch
        {
            JpegProcess.Progressive => JpegProgressiveDecoder.DecodeScan(data, position, this, scan),
            JpegProcess.Lossless => JpegLosslessDecoder.DecodeScan(data, position, this, scan),
            _ => JpegSequentialDecoder.DecodeScan(data, position, this, scan),
        };
    }

    private void Finish(int endOffset)
    {
        var frame = Frame ?? throw Fail("no frame header (SOF) in the stream", endOffset);
        if (_scanCount == 0)
        {
            throw Fail("no scan (SOS) in the stream", endOffset);
        }

        foreach (var c in frame.Components)
        {
            if (!c.HasData)
            {
                throw Fail($"no scan carries component {c.Id}", endOffset);
            }
        }

        if (frame.Process == JpegProcess.Progressive)
        {
            // Without EOI an incomplete progression cannot be told from a truncated stream.
            if (!_sawEnd && frame.Components.Any(c => c.CoefficientBits!.Any(bits => bits != 0)))
            {
                throw Fail("the stream ends without EOI before the progression is complete (truncated)", endOffset);
            }

            JpegProgressiveDecoder.Reconstruct(frame);
        }
    }
}
