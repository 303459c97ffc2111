using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Uids;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>Builds the file meta information (PS3.10 7.1) the writer puts before a data set.</summary>
internal static class FileMetaBuilder
{
    private static readonly DicomTag SopClassUid = new(0x0008, 0x0016);
    private static readonly DicomTag SopInstanceUid = new(0x0008, 0x0018);

    public static DicomDataset Build(DicomDataset dataset, DicomTransferSyntax transferSyntax, DicomWriterOptions options, DicomDataset? existing)
    {
        var sopClass = Uid(dataset, SopClassUid) ?? Uid(existing, new DicomTag(0x0002, 0x0002))
            ?? throw new DicomException("The data set has no SOP Class UID (0008,0016) for the file meta information", tag: SopClassUid);
        var sopInstance = Uid(dataset, SopInstanceUid) ?? Uid(existing, new DicomTag(0x0002, 0x0003))
            ?? throw new DicomException("The data set has no SOP Instance UID (0008,0018) for the file meta information", tag: SopInstanceUid);

        var builder = new DicomDatasetBuilder();
        if (existing is not null)
        {
            // Keep the optional elements that describe the file's origin (source/sending AE, private information).
            foreach (var element in existing)
            {
                if (element.Tag.Element is 0x0016 or 0x0017 or 0x0018 or 0x0026 or 0x0027 or 0x0028 or 0x0031 or 0x0032 or 0x0033 or 0x0035 or 0x0036 or 0x0100 or 0x0102)
                {
                    builder.Add(element);
                }
            }
        }

        // UIDs taken from the data are written as they are: refusing a file over a malformed UID the
        // reader accepted would make a read file unwritable.
        builder
            .Add(new DicomTag(0x0002, 0x0001), DicomVR.OB, new byte[] { 0, 1 })
            .Add(new DicomTag(0x0002, 0x0002), DicomVR.UI, Ascii(sopClass))
            .Add(new DicomTag(0x0002, 0x0003), DicomVR.UI, Ascii(sopInstance))
            .Add(new DicomTag(0x0002, 0x0010), DicomVR.UI, transferSyntax.Uid)
            .Add(new DicomTag(0x0002, 0x0012), DicomVR.UI, options.ImplementationClassUid)
            .Add(new DicomTag(0x0002, 0x0013), DicomVR.SH, options.ImplementationVersionName)
            .Add(new DicomTag(0x0002, 0x0000), DicomVR.UL, 0u);
        return builder.Build();
    }

    private static ReadOnlyMemory<byte> Ascii(string value) => System.Text.Encoding.Latin1.GetBytes(value);

    private static string? Uid(DicomDataset? dataset, DicomTag tag)
    {
        var element = dataset?.Find(tag);
        if (element is null || !element.VR.IsString)
        {
            return null;
        }

        var value = element.GetString();
        return value.Length > 0 ? value : null;
    }
}
