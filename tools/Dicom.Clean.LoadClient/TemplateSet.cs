using System.Security.Cryptography;
using System.Text;
using Dicom.Clean.Toolkit;
using Dicom.Clean.Toolkit.Dictionary;

namespace Dicom.Clean.LoadClient;

/// <summary>
/// Real files used as templates: each copy gets a fresh SOP Instance UID (and the matching Media
/// Storage SOP Instance UID) written over the old one at the offsets the toolkit's reader found,
/// same length, so every post is a new instance with new bytes.
/// </summary>
internal sealed class TemplateSet
{
    private readonly Template[] _templates;
    private long _next = -1;

    private TemplateSet(Template[] templates) => _templates = templates;

    public int Count => _templates.Length;

    /// <summary>Reads every file below <paramref name="folder"/> that has a SOP Instance UID.</summary>
    public static TemplateSet Load(string folder)
    {
        var templates = new List<Template>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            try
            {
                using var file = DicomFile.Read(bytes);
                var slots = new[] { file.FileMetaInformation.Find(DicomTags.MediaStorageSOPInstanceUID), file.Dataset.Find(DicomTags.SOPInstanceUID) }
                    .Where(e => e is { ValueOffset: >= 0, Length: >= MinUidSlot })
                    .Select(e => (Offset: (int)e!.ValueOffset, Length: (int)e.Length))
                    .ToArray();
                if (slots.Any(s => s.Offset + s.Length > bytes.Length) || file.Dataset.Find(DicomTags.SOPInstanceUID) is null)
                {
                    continue;
                }

                templates.Add(new Template(bytes, slots));
            }
            catch (DicomException)
            {
                // Not a file to post (a DICOMDIR fragment, a damaged file): skip it.
            }
        }

        return templates.Count > 0 ? new TemplateSet([.. templates]) : throw new InvalidOperationException($"No DICOM file with a SOP Instance UID below {folder}.");
    }

    /// <summary>A new file: the next template in turn with a fresh UID.</summary>
    public byte[] NextFresh()
    {
        var template = _templates[Interlocked.Increment(ref _next) % _templates.Length];
        var copy = template.Bytes.ToArray();
        var uid = FreshUid(template.Slots.Min(s => s.Length));
        foreach (var (offset, length) in template.Slots)
        {
            var slot = copy.AsSpan(offset, length);
            slot.Clear();
            Encoding.ASCII.GetBytes(uid, slot);
        }

        return copy;
    }

    private const int MinUidSlot = 24;

    // "2.25." then random digits filling the slot (a NUL pads one spare byte, as for odd UIDs);
    // past 39 digits, a second component. Unique with overwhelming probability.
    private static string FreshUid(int slotLength)
    {
        var builder = new StringBuilder("2.25.", slotLength);
        var room = slotLength - builder.Length;
        var first = Math.Min(room, 39);
        AppendDigits(builder, first);
        room -= first;
        if (room >= 2)
        {
            builder.Append('.');
            AppendDigits(builder, room - 1);
        }

        return builder.ToString();
    }

    private static void AppendDigits(StringBuilder builder, int count)
    {
        builder.Append((char)('1' + RandomNumberGenerator.GetInt32(9)));
        for (var i = 1; i < count; i++)
        {
            builder.Append((char)('0' + RandomNumberGenerator.GetInt32(10)));
        }
    }

    private sealed record Template(byte[] Bytes, (int Offset, int Length)[] Slots);
}
