using System.Security.Cryptography;
using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.JpegLs;

/// <summary>Reads the T.87 conformance streams of the shared corpus and decodes them the DICOM way.</summary>
internal static class JpegLsConformanceStreams
{
    public static byte[] Read(string name)
    {
        var folder = name.EndsWith("E0.JLS", StringComparison.Ordinal) ? "JLS" : "JNL";
        return File.ReadAllBytes(SharedCorpus.CorpusFile("codestreams", "14495", folder, name));
    }

    /// <summary>The frame a DICOM data set holding this stream would declare.</summary>
    public static FrameDescriptor DescribeFrame(byte[] stream)
    {
        var header = new JpegLsCodestreamReader(stream, 0).ReadHeader();
        var samples = header.Components.Count;
        return new FrameDescriptor(
            header.Rows, header.Columns, samples, header.Precision <= 8 ? 8 : 16, header.Precision, false,
            samples == 3 ? "RGB" : "MONOCHROME2", 0);
    }

    /// <summary>Decodes through <see cref="JpegLsDecoder"/> into the toolkit's frame layout.</summary>
    public static byte[] DecodeFrame(byte[] stream)
    {
        var frame = DescribeFrame(stream);
        var output = new byte[frame.DecodedLength];
        new JpegLsDecoder().Decode(stream, frame, 0, output);
        return output;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
