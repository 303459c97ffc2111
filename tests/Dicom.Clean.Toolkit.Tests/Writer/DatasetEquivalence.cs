using System.Text;
using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Toolkit.Tests.Writer;

/// <summary>
/// Whether two data sets hold the same information: same tags in tag order, same VRs, same values
/// once byte order is normalised and even-length padding is allowed for, same items and fragments.
/// </summary>
internal static class DatasetEquivalence
{
    /// <summary>What a written-then-read data set may legitimately change, with the reason.</summary>
    public static readonly IReadOnlyList<string> AllowedChanges =
    [
        "Values of odd length gain one padding byte (the VR's padding: space, or NUL for UI and binary VRs): the writer pads to even length as PS3.5 7.1.1 requires.",
        "Group length values are recomputed: the written value is the true length, whatever the source said.",
        "Big endian values are written little endian: values are compared after normalising the byte order.",
        "Elements out of tag order in the source are written in tag order.",
        "In implicit VR the VR is not written: read back, it comes from the dictionary, so an unknown private element becomes UN and a 'US or SS' element follows Pixel Representation.",
    ];

    public static void Compare(DicomDataset expected, DicomDataset actual, string path, List<string> differences, bool implicitVR = false)
    {
        var ordered = expected.OrderBy(e => e.Tag.Value).ToList();
        if (ordered.Count != actual.Count || !ordered.Select(e => e.Tag).SequenceEqual(actual.Select(e => e.Tag)))
        {
            differences.Add($"{path}: tags differ: [{string.Join(' ', ordered.Select(e => e.Tag))}] vs [{string.Join(' ', actual.Select(e => e.Tag))}]");
            return;
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            CompareElement(ordered[i], actual[i], $"{path}{ordered[i].Tag}", differences, implicitVR, actual);
        }
    }

    private static void CompareElement(DicomElement expected, DicomElement actual, string where, List<string> differences, bool implicitVR, DicomDataset actualDataset)
    {
        if (expected.VR != actual.VR && !(implicitVR && VRNotRecoverable(expected, actual, actualDataset)))
        {
            differences.Add($"{where}: VR {expected.VR} became {actual.VR}");
            return;
        }

        if (expected.IsSequence || actual.IsSequence)
        {
            if (expected.Items.Count != actual.Items.Count)
            {
                differences.Add($"{where}: {expected.Items.Count} items became {actual.Items.Count}");
                return;
            }

            for (var k = 0; k < expected.Items.Count; k++)
            {
                Compare(expected.Items[k], actual.Items[k], $"{where}[{k}]/", differences, implicitVR);
            }

            return;
        }

        if (expected.Fragments is { } fragments)
        {
            var theirs = actual.Fragments;
            if (theirs is null || theirs.Fragments.Count != fragments.Fragments.Count)
            {
                differences.Add($"{where}: fragments changed");
                return;
            }

            CompareBytes(fragments.BasicOffsetTable.Range.GetMemory().Span, theirs.BasicOffsetTable.Range.GetMemory().Span, 0, $"{where} table", differences);
            for (var k = 0; k < fragments.Fragments.Count; k++)
            {
                CompareBytes(fragments.Fragments[k].Range.GetMemory().Span, theirs.Fragments[k].Range.GetMemory().Span, 0, $"{where} fragment {k + 1}", differences);
            }

            return;
        }

        if (expected.Tag.IsGroupLength)
        {
            return;
        }

        CompareBytes(LittleEndian(expected), LittleEndian(actual), expected.VR.PaddingByte, where, differences);
    }

    private static bool VRNotRecoverable(DicomElement expected, DicomElement actual, DicomDataset dataset)
    {
        var entry = dataset.GetDictionaryEntry(expected.Tag);
        return (actual.VR == DicomVR.UN && entry is null) || (entry is not null && entry.Allows(expected.VR) && entry.Allows(actual.VR));
    }

    private static void CompareBytes(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual, byte padding, string where, List<string> differences)
    {
        var padded = expected.Length % 2 == 1 && actual.Length == expected.Length + 1 && actual[^1] == padding;
        if (!(expected.SequenceEqual(actual) || (padded && actual[..^1].SequenceEqual(expected))))
        {
            differences.Add($"{where}: value of {expected.Length} bytes became {actual.Length} bytes ({Encoding.Latin1.GetString(actual[..Math.Min(actual.Length, 24)])})");
        }
    }

    private static byte[] LittleEndian(DicomElement element)
    {
        var bytes = element.RawValue.ToArray();
        var unit = element.VR == DicomVR.AT ? 2 : element.VR.IsEndianSensitive ? element.VR.UnitSize : 1;
        if (element.IsBigEndian && unit > 1)
        {
            for (var i = 0; i + unit <= bytes.Length; i += unit)
            {
                bytes.AsSpan(i, unit).Reverse();
            }
        }

        return bytes;
    }
}
