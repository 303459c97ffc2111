using System.Text;
using Dicom.Clean.Toolkit;
using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Uids;

namespace Dicom.Clean.Api.FunctionalTests.Support;

/// <summary>
/// Small Part 10 files (explicit VR little endian) built in code with the toolkit's writer: the
/// identifying attributes, a two-item sequence, and 16-bit MONOCHROME2 pixel data (a ramp).
/// </summary>
internal static class TestDicomFiles
{
    public static byte[] Build(string? sopInstanceUid, string? patientId = "P1", string modality = "MR", ushort rows = 4, ushort columns = 3, bool withPixels = true)
    {
        var builder = new DicomDatasetBuilder()
            .Add(DicomTags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.4")
            .Add(DicomTags.StudyDate, "20240102")
            .Add(DicomTags.Modality, modality)
            .AddSequence(DicomTags.ReferencedSeriesSequence,
                new DicomDatasetBuilder().Add(DicomTags.SeriesInstanceUID, "1.2.3.9.1").Build(),
                new DicomDatasetBuilder().Add(DicomTags.SeriesInstanceUID, "1.2.3.9.2").Build())
            .Add(DicomTags.PatientName, "Doe^Jane")
            .Add(DicomTags.StudyInstanceUID, "1.2.3")
            .Add(DicomTags.SeriesInstanceUID, "1.2.3.4")
            .Add(DicomTags.SamplesPerPixel, DicomVR.US, (ushort)1)
            .Add(DicomTags.PhotometricInterpretation, "MONOCHROME2")
            .Add(DicomTags.Rows, DicomVR.US, rows)
            .Add(DicomTags.Columns, DicomVR.US, columns)
            .Add(DicomTags.BitsAllocated, DicomVR.US, (ushort)16)
            .Add(DicomTags.BitsStored, DicomVR.US, (ushort)16)
            .Add(DicomTags.HighBit, DicomVR.US, (ushort)15)
            .Add(DicomTags.PixelRepresentation, DicomVR.US, (ushort)0);
        // The writer takes the Media Storage SOP Instance UID from the data set: a file without
        // SOP Instance UID gets it from explicit meta information instead.
        var meta = new DicomDatasetBuilder()
            .Add(DicomTags.MediaStorageSOPClassUID, "1.2.840.10008.5.1.4.1.1.4")
            .Add(DicomTags.MediaStorageSOPInstanceUID, sopInstanceUid ?? "2.25.1")
            .Build();
        if (sopInstanceUid is not null)
        {
            builder.Add(DicomTags.SOPInstanceUID, sopInstanceUid);
        }

        if (patientId is not null)
        {
            builder.Add(DicomTags.PatientID, patientId);
        }

        if (withPixels)
        {
            var pixels = new ushort[rows * columns];
            for (var i = 0; i < pixels.Length; i++)
            {
                pixels[i] = (ushort)(i * 1000);
            }

            builder.Add(DicomTags.PixelData, DicomVR.OW, pixels);
        }

        using var output = new MemoryStream();
        DicomWriter.Write(output, builder.Build(), DicomTransferSyntax.ExplicitVRLittleEndian, fileMetaInformation: meta);
        return output.ToArray();
    }

    public static byte[] NotDicom() => Encoding.UTF8.GetBytes("hello, this is a text file and not a DICOM file at all");
}
