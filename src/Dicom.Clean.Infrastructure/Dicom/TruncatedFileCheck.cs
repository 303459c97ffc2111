using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Toolkit;
using Dicom.Clean.Toolkit.Dictionary;

namespace Dicom.Clean.Infrastructure.Dicom;

/// <summary>
/// Ingest policy (docs/ingest.md): a file whose bytes end before its declared lengths is refused
/// (422), never stored. The reader is lenient and reads such a file as far as it goes, with a
/// warning; an archive must not acknowledge as stored a file that is not what the sender had.
/// </summary>
internal static class TruncatedFileCheck
{
    // The reader's warnings for pixel data cut short (it has no warning kinds: matched on its
    // wording). Any other value running past the end is already an error of the reader's; an item
    // length running past its end is a wrong length field the reader (as DCMTK) reads through.
    private static readonly string[] TruncationWordings = ["truncated"];

    /// <exception cref="UnreadableDicomException">The file is truncated: the first place, with its offset.</exception>
    public static void ThrowIfTruncated(DicomFile file)
    {
        if (file.Dataset.Find(DicomTags.PixelData) is { IsTruncated: true } pixels)
        {
            throw new UnreadableDicomException("The file is truncated: it ends inside the pixel data", pixels.Offset);
        }

        foreach (var warning in file.Warnings)
        {
            if (TruncationWordings.Any(w => warning.Message.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                throw new UnreadableDicomException($"The file is truncated: {warning.Message}", warning.Offset);
            }
        }
    }
}
