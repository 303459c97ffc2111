using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Uids;

namespace Dicom.Clean.Toolkit.Tests.Support;

/// <summary>
/// Ready-made data sets built in code with the toolkit's builder: CT, MR, US, RGB, multi-frame, with
/// sequences and every VR. Pixel values follow a simple pattern (see <see cref="Ramp"/>) so tests can
/// predict them. Write them with <see cref="ToPart10"/> to get file bytes.
/// </summary>
internal static class DicomTestData
{
    public const string CTImageStorage = "1.2.840.10008.5.1.4.1.1.2";
    public const string MRImageStorage = "1.2.840.10008.5.1.4.1.1.4";
    public const string UltrasoundMultiFrameImageStorage = "1.2.840.10008.5.1.4.1.1.3.1";
    public const string SecondaryCaptureImageStorage = "1.2.840.10008.5.1.4.1.1.7";

    /// <summary>A signed 16-bit CT slice with rescale and window, a referenced-image sequence.</summary>
    public static DicomDataset Ct(int rows = 64, int columns = 64) =>
        Patient(new DicomDatasetBuilder(), CTImageStorage, "CT")
            .Add(DicomTags.RescaleIntercept, "-1024")
            .Add(DicomTags.RescaleSlope, "1")
            .Add(DicomTags.WindowCenter, "40")
            .Add(DicomTags.WindowWidth, "400")
            .AddSequence(DicomTags.ReferencedImageSequence, Reference("1.2.3.4.1"), Reference("1.2.3.4.2"))
            .Add(Grayscale(rows, columns, 16, 12, signed: true, frames: 1))
            .Build();

    /// <summary>An unsigned 16-bit MR slice.</summary>
    public static DicomDataset Mr(int rows = 64, int columns = 64) =>
        Patient(new DicomDatasetBuilder(), MRImageStorage, "MR")
            .Add(DicomTags.ScanningSequence, "SE")
            .Add(DicomTags.EchoTime, "12.5")
            .Add(Grayscale(rows, columns, 16, 12, signed: false, frames: 1))
            .Build();

    /// <summary>An 8-bit multi-frame ultrasound clip.</summary>
    public static DicomDataset UsMultiFrame(int frames = 4, int rows = 32, int columns = 48) =>
        Patient(new DicomDatasetBuilder(), UltrasoundMultiFrameImageStorage, "US")
            .Add(DicomTags.FrameIncrementPointer, DicomTags.FrameTime)
            .Add(DicomTags.FrameTime, "33.3")
            .Add(Grayscale(rows, columns, 8, 8, signed: false, frames))
            .Build();

    /// <summary>An 8-bit RGB secondary capture, interleaved (planar configuration 0).</summary>
    public static DicomDataset Rgb(int rows = 16, int columns = 16)
    {
        var builder = Patient(new DicomDatasetBuilder(), SecondaryCaptureImageStorage, "OT")
            .Add(DicomTags.SamplesPerPixel, DicomVR.US, (ushort)3)
            .Add(DicomTags.PhotometricInterpretation, "RGB")
            .Add(DicomTags.PlanarConfiguration, DicomVR.US, (ushort)0)
            .Add(DicomTags.Rows, DicomVR.US, (ushort)rows)
            .Add(DicomTags.Columns, DicomVR.US, (ushort)columns)
            .Add(DicomTags.BitsAllocated, DicomVR.US, (ushort)8)
            .Add(DicomTags.BitsStored, DicomVR.US, (ushort)8)
            .Add(DicomTags.HighBit, DicomVR.US, (ushort)7)
            .Add(DicomTags.PixelRepresentation, DicomVR.US, (ushort)0)
            .Add(DicomTags.PixelData, DicomVR.OB, Ramp(rows * columns * 3, 1));
        return builder.Build();
    }

    /// <summary>One element of every VR (odd-length text values included), and a nested sequence.</summary>
    public static DicomDataset EveryVR()
    {
        var nested = new DicomDatasetBuilder()
            .Add(DicomTags.CodeValue, "T-D1100")
            .Add(DicomTags.CodingSchemeDesignator, "SRT")
            .Add(DicomTags.CodeMeaning, "Head")
            .Build();
        return Patient(new DicomDatasetBuilder(), SecondaryCaptureImageStorage, "OT")
            .Add(DicomTags.RetrieveAETitle, "AE_TITLE")
            .Add(DicomTags.PatientAge, "042Y")
            .Add(DicomTags.FrameIncrementPointer, DicomTags.FrameTime, DicomTags.SliceLocation)
            .Add(DicomTags.AcquisitionDateTime, "20240102030405.123456+0100")
            .Add(DicomTags.PatientWeight, "72.5")
            .Add(DicomTags.SingleCollimationWidth, DicomVR.FD, 0.625)
            .Add(DicomTags.ImageLaterality, "L")
            .Add(DicomTags.RecommendedDisplayFrameRateInFloat, DicomVR.FL, 29.97f)
            .Add(DicomTags.InstanceNumber, "7")
            .Add(DicomTags.FrameOfReferenceUID, "1.2.3")
            .Add(DicomTags.PatientComments, "Long text, odd length")
            .Add(new DicomTag(0x0009, 0x0010), DicomVR.LO, "ODD CREATOR")
            .Add(new DicomTag(0x0009, 0x1001), DicomVR.OB, new byte[] { 1, 2, 3 })
            .Add(DicomTags.FloatPixelData, DicomVR.OF, 1.5f, -2.25f)
            .Add(DicomTags.DoubleFloatPixelData, DicomVR.OD, Math.PI)
            .Add(DicomTags.LongEdgePointIndexList, DicomVR.OL, 1u, 70000u)
            .Add(DicomTags.SelectorOVValue, DicomVR.OV, ulong.MaxValue)
            .Add(DicomTags.RedPaletteColorLookupTableData, DicomVR.OW, (ushort)1, (ushort)65535)
            .Add(DicomTags.ReferringPhysicianName, "Smith^Jo^^Dr")
            .Add(DicomTags.StationName, "SCANNER1")
            .Add(DicomTags.ReferencePixelX0, DicomVR.SL, -5)
            .AddSequence(DicomTags.AnatomicRegionSequence, nested)
            .Add(DicomTags.SmallestImagePixelValue, DicomVR.SS, (short)-32768)
            .Add(DicomTags.ImageComments, "Short text")
            .Add(DicomTags.SelectorSVValue, DicomVR.SV, long.MinValue)
            .Add(DicomTags.AcquisitionTime, "101112.5")
            .Add(DicomTags.PotentialReasonsForProcedure, "Unlimited characters", "second")
            .Add(DicomTags.SimpleFrameList, DicomVR.UL, 1u, 2u, 3u)
            .Add(DicomTags.SelectorUNValue, DicomVR.UN, new byte[] { 9, 8, 7 })
            .Add(DicomTags.RetrieveURL, "https://example.org/studies/1")
            .Add(DicomTags.Rows, DicomVR.US, (ushort)1)
            .Add(DicomTags.TextValue, "Unlimited text\r\nsecond line")
            .Add(DicomTags.SelectorUVValue, DicomVR.UV, ulong.MaxValue)
            .Build();
    }

    /// <summary>Writes a data set as Part 10 bytes.</summary>
    public static byte[] ToPart10(DicomDataset dataset, DicomTransferSyntax? transferSyntax = null, DicomWriterOptions? options = null) =>
        DicomWriter.WriteToArray(dataset, transferSyntax ?? DicomTransferSyntax.ExplicitVRLittleEndian, options);

    /// <summary>Bytes 0, step, 2*step... (wrapping): predictable pixel values.</summary>
    public static byte[] Ramp(int length, int step) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * step))];

    private static DicomDatasetBuilder Patient(DicomDatasetBuilder builder, string sopClass, string modality) => builder
        .Add(DicomTags.SpecificCharacterSet, "ISO_IR 192")
        .Add(DicomTags.SOPClassUID, sopClass)
        .Add(DicomTags.SOPInstanceUID, "1.2.826.0.1.3680043.10.1." + modality.Length)
        .Add(DicomTags.StudyDate, "20240131")
        .Add(DicomTags.StudyTime, "120000")
        .Add(DicomTags.Modality, modality)
        .Add(DicomTags.PatientName, "Test^Patient")
        .Add(DicomTags.PatientID, "TEST-001")
        .Add(DicomTags.StudyInstanceUID, "1.2.826.0.1.3680043.10.2")
        .Add(DicomTags.SeriesInstanceUID, "1.2.826.0.1.3680043.10.3");

    private static DicomDataset Reference(string instance) => new DicomDatasetBuilder()
        .Add(DicomTags.ReferencedSOPClassUID, CTImageStorage)
        .Add(DicomTags.ReferencedSOPInstanceUID, instance)
        .Build();

    private static DicomDatasetBuilder Add(this DicomDatasetBuilder builder, DicomDataset part)
    {
        foreach (var element in part)
        {
            builder.Add(element);
        }

        return builder;
    }

    private static DicomDataset Grayscale(int rows, int columns, int bitsAllocated, int bitsStored, bool signed, int frames)
    {
        var builder = new DicomDatasetBuilder()
            .Add(DicomTags.SamplesPerPixel, DicomVR.US, (ushort)1)
            .Add(DicomTags.PhotometricInterpretation, "MONOCHROME2")
            .Add(DicomTags.Rows, DicomVR.US, (ushort)rows)
            .Add(DicomTags.Columns, DicomVR.US, (ushort)columns)
            .Add(DicomTags.BitsAllocated, DicomVR.US, (ushort)bitsAllocated)
            .Add(DicomTags.BitsStored, DicomVR.US, (ushort)bitsStored)
            .Add(DicomTags.HighBit, DicomVR.US, (ushort)(bitsStored - 1))
            .Add(DicomTags.PixelRepresentation, DicomVR.US, (ushort)(signed ? 1 : 0));
        if (frames > 1)
        {
            builder.Add(DicomTags.NumberOfFrames, frames.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var length = rows * columns * (bitsAllocated / 8) * frames;
        return builder.Add(DicomTags.PixelData, bitsAllocated > 8 ? DicomVR.OW : DicomVR.OB, Ramp(length, 3)).Build();
    }
}
