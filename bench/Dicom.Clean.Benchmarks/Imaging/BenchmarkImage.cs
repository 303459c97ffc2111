using Dicom.Clean.Toolkit;
using Dicom.Clean.Toolkit.Imaging;
using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Benchmarks.Imaging;

/// <summary>
/// The two frames the rendering targets are stated for: the seed's 512x512 MR (12 of 16 bits,
/// window 330/714) and its 1537x1184 DX (16 bits, window 41541/23984), read from the corpus into
/// memory by the toolkit's reader. Without the corpus a smooth synthetic frame of the same
/// geometry stands in (and <see cref="File"/> is null).
/// </summary>
public sealed record BenchmarkImage(string Name, ImagePixelAttributes Attributes, byte[] Pixels, DicomFile? File)
{
    public static BenchmarkImage Mr512 { get; } = Load(
        "MR 512x512", "seed/test-mri/ST000001/SE000001/IM000001", rows: 512, columns: 512, bitsStored: 12, new VoiWindow(330, 714));

    public static BenchmarkImage Dx1537 { get; } = Load(
        "DX 1537x1184", "seed/DX_test_file.dcm", rows: 1537, columns: 1184, bitsStored: 16, new VoiWindow(41541, 23984));

    public override string ToString() => Name;

    private static BenchmarkImage Load(string name, string corpusPath, int rows, int columns, int bitsStored, VoiWindow window)
    {
        var attributes = new ImagePixelAttributes
        {
            Rows = rows,
            Columns = columns,
            BitsAllocated = 16,
            BitsStored = bitsStored,
            HighBit = bitsStored - 1,
            PhotometricInterpretation = PhotometricInterpretations.Monochrome2,
            Windows = [window],
        };
        var length = rows * columns * 2;
        var path = FindCorpusFile(corpusPath);
        byte[] pixels;
        DicomFile? file = null;
        if (path is not null)
        {
            file = DicomFile.Read(System.IO.File.ReadAllBytes(path));
            attributes = ImagePixelAttributesReader.Read(file.Dataset);
            using var frame = FrameDecoder.Default.Decode(DicomPixelData.Find(file)!, attributes, 0);
            pixels = frame.Bytes.ToArray();
        }
        else
        {
            pixels = new byte[length];
            var max = (1 << bitsStored) - 1;
            for (var i = 0; i < rows * columns; i++)
            {
                var value = (int)(max * (0.5 + (0.45 * Math.Sin(i % columns / 37.0) * Math.Cos(i / columns / 23.0))));
                BitConverter.TryWriteBytes(pixels.AsSpan(2 * i), (ushort)value);
            }
        }

        return new BenchmarkImage(file is null ? name + " (synthetic)" : name, attributes, pixels, file);
    }

    private static string? FindCorpusFile(string relative)
    {
        var configured = Environment.GetEnvironmentVariable("DICOM_CLEAN_SHARED");
        var roots = new List<string>();
        if (!string.IsNullOrEmpty(configured))
        {
            roots.Add(configured);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Dicom.Clean.sln")))
            {
                roots.Add(Path.Combine(dir.FullName, "..", "shared"));
                break;
            }
        }

        return roots.Select(r => Path.Combine(r, "corpus", relative)).FirstOrDefault(System.IO.File.Exists);
    }
}
