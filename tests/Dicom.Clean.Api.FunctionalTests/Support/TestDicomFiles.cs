using System.Text;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Api.FunctionalTests.Support;

/// <summary>
/// Small Part 10 files (explicit VR little endian) built in code with the toolkit tests' byte
/// builder: the identifying attributes, a two-item sequence, and 16-bit pixel data.
/// </summary>
internal static class TestDicomFiles
{
    public const string ExplicitLittleEndian = "1.2.840.10008.1.2.1";

    public static byte[] Build(string? sopInstanceUid, string? patientId = "P1", string modality = "MR", ushort rows = 4, ushort columns = 3, bool withPixels = true)
    {
        var item1 = new DicomByteBuilder().Text(0x0020, 0x000E, "UI", "1.2.3.9.1").ToArray();
        var item2 = new DicomByteBuilder().Text(0x0020, 0x000E, "UI", "1.2.3.9.2").ToArray();
        var builder = DicomByteBuilder.Part10(ExplicitLittleEndian)
            .Text(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.4");
        if (sopInstanceUid is not null)
        {
            builder.Text(0x0008, 0x0018, "UI", sopInstanceUid);
        }

        builder.Text(0x0008, 0x0020, "DA", "20240102")
            .Text(0x0008, 0x0060, "CS", modality)
            .Sequence(0x0008, 0x1115, undefinedLength: true, item1, item2)
            .Text(0x0010, 0x0010, "PN", "Doe^Jane");
        if (patientId is not null)
        {
            builder.Text(0x0010, 0x0020, "LO", patientId);
        }

        builder.Text(0x0020, 0x000D, "UI", "1.2.3")
            .Text(0x0020, 0x000E, "UI", "1.2.3.4")
            .UInt16(0x0028, 0x0002, 1)
            .Text(0x0028, 0x0004, "CS", "MONOCHROME2")
            .UInt16(0x0028, 0x0010, rows)
            .UInt16(0x0028, 0x0011, columns)
            .UInt16(0x0028, 0x0100, 16)
            .UInt16(0x0028, 0x0101, 16)
            .UInt16(0x0028, 0x0102, 15)
            .UInt16(0x0028, 0x0103, 0);
        if (withPixels)
        {
            var pixels = new byte[rows * columns * 2];
            for (var i = 0; i < pixels.Length; i += 2)
            {
                pixels[i] = (byte)i;
            }

            builder.Bytes(0x7FE0, 0x0010, "OW", pixels);
        }

        return builder.ToArray();
    }

    public static byte[] NotDicom() => Encoding.UTF8.GetBytes("hello, this is a text file and not a DICOM file at all");
}
