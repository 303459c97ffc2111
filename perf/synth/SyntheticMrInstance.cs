using System.Globalization;
using Dicom.Clean.Toolkit;
using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Perf.Synth;

/// <summary>
/// One synthetic MR slice shaped like the seed's study: patient, study, series, equipment, frame of
/// reference, image plane, MR and pixel modules (about 110 elements), two sequences, a private block,
/// and small 16-bit pixel data. Instance <c>n</c> belongs to series <c>n / PerSeries</c> and study
/// <c>series / SeriesPerStudy</c>, one patient per study, so the hierarchy looks like real traffic.
/// </summary>
internal static class SyntheticMrInstance
{
    public const int PerSeries = 50;
    public const int SeriesPerStudy = 4;
    private const string MRImageStorage = "1.2.840.10008.5.1.4.1.1.4";

    public static DicomDataset Build(long index, SyntheticUids uids, int rows, int columns)
    {
        var series = index / PerSeries;
        var study = series / SeriesPerStudy;
        var slice = (int)(index % PerSeries);
        var inv = CultureInfo.InvariantCulture;
        var builder = new DicomDatasetBuilder()
            .Add(DicomTags.SpecificCharacterSet, "ISO_IR 100")
            .Add(DicomTags.ImageType, "ORIGINAL", "PRIMARY", "M", "ND")
            .Add(DicomTags.InstanceCreationDate, "20240131")
            .Add(DicomTags.InstanceCreationTime, "120102.123")
            .Add(DicomTags.SOPClassUID, MRImageStorage)
            .Add(DicomTags.SOPInstanceUID, uids.Instance(index))
            .Add(DicomTags.StudyDate, "20240131")
            .Add(DicomTags.SeriesDate, "20240131")
            .Add(DicomTags.AcquisitionDate, "20240131")
            .Add(DicomTags.ContentDate, "20240131")
            .Add(DicomTags.StudyTime, "120000")
            .Add(DicomTags.SeriesTime, "120500")
            .Add(DicomTags.AcquisitionTime, "120512.5")
            .Add(DicomTags.ContentTime, "120512.5")
            .Add(DicomTags.AccessionNumber, "ACC" + study.ToString("D7", inv))
            .Add(DicomTags.Modality, "MR")
            .Add(DicomTags.Manufacturer, "SYNTHETIC")
            .Add(DicomTags.InstitutionName, "Perf Harness Hospital")
            .Add(DicomTags.ReferringPhysicianName, "Referrer^Ruth")
            .Add(DicomTags.StationName, "MRC00001")
            .Add(DicomTags.StudyDescription, "ANKLE^ROUTINE")
            .Add(DicomTags.SeriesDescription, "PD TSE " + (series % SeriesPerStudy).ToString(inv))
            .Add(DicomTags.OperatorsName, "Operator^Olga")
            .Add(DicomTags.ManufacturerModelName, "Synth 1.5T")
            .AddSequence(DicomTags.ReferencedImageSequence, Reference(uids, index, 1), Reference(uids, index, 2), Reference(uids, index, 3))
            .Add(DicomTags.PatientName, "SYNTH^PATIENT" + study.ToString("D6", inv))
            .Add(DicomTags.PatientID, "SYN" + study.ToString("D7", inv))
            .Add(DicomTags.PatientBirthDate, "19700101")
            .Add(DicomTags.PatientSex, (study % 2 == 0) ? "F" : "M")
            .Add(DicomTags.PatientAge, "054Y")
            .Add(DicomTags.PatientSize, "1.72")
            .Add(DicomTags.PatientWeight, "68")
            .Add(DicomTags.BodyPartExamined, "ANKLE")
            .Add(DicomTags.ScanningSequence, "SE")
            .Add(DicomTags.SequenceVariant, "SK", "SP", "OSP")
            .Add(DicomTags.ScanOptions, "PFP", "FS")
            .Add(DicomTags.MRAcquisitionType, "2D")
            .Add(DicomTags.SequenceName, "*tse2d1_7")
            .Add(DicomTags.AngioFlag, "N")
            .Add(DicomTags.SliceThickness, "3")
            .Add(DicomTags.RepetitionTime, "3000")
            .Add(DicomTags.EchoTime, "33")
            .Add(DicomTags.NumberOfAverages, "2")
            .Add(DicomTags.ImagingFrequency, "63.676")
            .Add(DicomTags.ImagedNucleus, "1H")
            .Add(DicomTags.EchoNumbers, "1")
            .Add(DicomTags.MagneticFieldStrength, "1.5")
            .Add(DicomTags.SpacingBetweenSlices, "3.3")
            .Add(DicomTags.NumberOfPhaseEncodingSteps, "230")
            .Add(DicomTags.EchoTrainLength, "7")
            .Add(DicomTags.PercentSampling, "80")
            .Add(DicomTags.PercentPhaseFieldOfView, "75")
            .Add(DicomTags.PixelBandwidth, "150")
            .Add(DicomTags.DeviceSerialNumber, "99999")
            .Add(DicomTags.SoftwareVersions, "synth 1.0")
            .Add(DicomTags.ProtocolName, "pd_tse_cor")
            .Add(DicomTags.TransmitCoilName, "Body")
            .Add(DicomTags.AcquisitionMatrix, DicomVR.US, (ushort)0, (ushort)288, (ushort)230, (ushort)0)
            .Add(DicomTags.InPlanePhaseEncodingDirection, "ROW")
            .Add(DicomTags.FlipAngle, "150")
            .Add(DicomTags.VariableFlipAngleFlag, "N")
            .Add(DicomTags.SAR, "0.52")
            .Add(DicomTags.dBdt, "0")
            .Add(DicomTags.PatientPosition, "FFS")
            .Add(DicomTags.StudyInstanceUID, uids.Study(study))
            .Add(DicomTags.SeriesInstanceUID, uids.Series(series))
            .Add(DicomTags.StudyID, "1")
            .Add(DicomTags.SeriesNumber, (series % SeriesPerStudy + 1).ToString(inv))
            .Add(DicomTags.AcquisitionNumber, "1")
            .Add(DicomTags.InstanceNumber, (slice + 1).ToString(inv))
            .Add(DicomTags.ImagePositionPatient, "-80.5", "-95.25", (slice * 3.3 - 60).ToString("0.###", inv))
            .Add(DicomTags.ImageOrientationPatient, "1", "0", "0", "0", "1", "0")
            .Add(DicomTags.FrameOfReferenceUID, uids.FrameOfReference(series))
            .Add(DicomTags.PositionReferenceIndicator, "")
            .Add(DicomTags.SliceLocation, (slice * 3.3 - 60).ToString("0.###", inv))
            .Add(DicomTags.ImageComments, "synthetic instance for the scale test")
            .AddSequence(DicomTags.ProcedureCodeSequence, Code("RPID3", "RADLEX", "MRI ANKLE"))
            .Add(new DicomTag(0x0029, 0x0010), DicomVR.LO, "SYNTH PRIVATE")
            .Add(new DicomTag(0x0029, 0x1010), DicomVR.OB, PrivateBlock(index))
            .Add(new DicomTag(0x0029, 0x1011), DicomVR.LO, "private text")
            .Add(DicomTags.SamplesPerPixel, DicomVR.US, (ushort)1)
            .Add(DicomTags.PhotometricInterpretation, "MONOCHROME2")
            .Add(DicomTags.Rows, DicomVR.US, (ushort)rows)
            .Add(DicomTags.Columns, DicomVR.US, (ushort)columns)
            .Add(DicomTags.PixelSpacing, "0.5", "0.5")
            .Add(DicomTags.BitsAllocated, DicomVR.US, (ushort)16)
            .Add(DicomTags.BitsStored, DicomVR.US, (ushort)12)
            .Add(DicomTags.HighBit, DicomVR.US, (ushort)11)
            .Add(DicomTags.PixelRepresentation, DicomVR.US, (ushort)0)
            .Add(DicomTags.SmallestImagePixelValue, DicomVR.US, (ushort)0)
            .Add(DicomTags.LargestImagePixelValue, DicomVR.US, (ushort)4095)
            .Add(DicomTags.WindowCenter, "2048")
            .Add(DicomTags.WindowWidth, "4096")
            .Add(DicomTags.WindowCenterWidthExplanation, "Algo1")
            .Add(DicomTags.PixelData, DicomVR.OW, Pixels(index, rows, columns));
        return builder.Build();
    }

    private static DicomDataset Reference(SyntheticUids uids, long index, int which) => new DicomDatasetBuilder()
        .Add(DicomTags.ReferencedSOPClassUID, MRImageStorage)
        .Add(DicomTags.ReferencedSOPInstanceUID, uids.Localizer(index, which))
        .Build();

    private static DicomDataset Code(string value, string scheme, string meaning) => new DicomDatasetBuilder()
        .Add(DicomTags.CodeValue, value)
        .Add(DicomTags.CodingSchemeDesignator, scheme)
        .Add(DicomTags.CodeMeaning, meaning)
        .Build();

    // A stand-in for a vendor header (the seed's files carry ~10 KB Siemens CSA blocks).
    private static byte[] PrivateBlock(long index)
    {
        var block = new byte[2048];
        for (var i = 0; i < block.Length; i++)
        {
            block[i] = (byte)((i * 31) + index);
        }

        return block;
    }

    // A 12-bit gradient shifted per instance, so every file has its own pixel bytes.
    private static ushort[] Pixels(long index, int rows, int columns)
    {
        var pixels = new ushort[rows * columns];
        for (var y = 0; y < rows; y++)
        {
            for (var x = 0; x < columns; x++)
            {
                pixels[(y * columns) + x] = (ushort)(((x * 37) + (y * 11) + index) & 0x0FFF);
            }
        }

        return pixels;
    }
}
