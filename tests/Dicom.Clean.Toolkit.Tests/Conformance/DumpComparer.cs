using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Uids;

namespace Dicom.Clean.Toolkit.Tests.Conformance;

/// <summary>
/// Compares a data set read by the toolkit with dcmdump's view of the same file: same elements in the
/// same order, same VR, same value (text byte for byte, numbers by value, binary by content), same
/// items and fragments. Every accepted difference is one of <see cref="KnownDifferences"/>.
/// </summary>
internal sealed class DumpComparer(string file, List<string> differences)
{
    /// <summary>The documented ways dcmdump's text differs from the toolkit's model, with the reason each is accepted.</summary>
    public static readonly IReadOnlyList<string> KnownDifferences =
    [
        "dcmdump prints 'up' for UL offsets in DICOMDIRs (DCMTK's internal VR for unsigned pointers): compared as UL.",
        "dcmdump prints '??' for elements of unknown VR read from implicit VR data: the toolkit calls them UN.",
        "dcmdump prints DCMTK's pseudo-VRs (ox, xs, lt) for 'OB or OW', 'US or SS' and 'US or SS or OW' when the data gives no VR: any VR the dictionary allows is accepted, and the value is compared as the toolkit read it.",
        "dcmdump names well-known UIDs with DCMTK's own names (=LittleEndianExplicit): compared through DcmtkUidNames or the registry keyword.",
        "dcmdump adds item and sequence delimiters 'for re-encoding' to sequences of defined length: delimiters are not elements and are skipped.",
        "dcmdump prints values over 4 KiB as '(not loaded)': only their length is compared.",
        "dcmdump prints '(no value available)' for a text value made of padding only: compared as empty.",
        "dcmdump prints FD with 17 digits through its own formatter, which can miss the nearest decimal by a unit in the last digit: compared within 2 units in the last place.",
    ];

    /// <summary>dcmdump's names for well-known UIDs where they differ from the PS3.6 keyword.</summary>
    private static readonly Dictionary<string, string> DcmtkUidNames = new(StringComparer.Ordinal)
    {
        ["LittleEndianExplicit"] = "1.2.840.10008.1.2.1",
        ["LittleEndianImplicit"] = "1.2.840.10008.1.2",
        ["BigEndianExplicit"] = "1.2.840.10008.1.2.2",
        ["DeflatedLittleEndianExplicit"] = "1.2.840.10008.1.2.1.99",
        ["JPEGBaseline"] = "1.2.840.10008.1.2.4.50",
        ["JPEGExtended:Process2+4"] = "1.2.840.10008.1.2.4.51",
        ["JPEGLossless:Non-hierarchical-1stOrderPrediction"] = "1.2.840.10008.1.2.4.70",
        ["JPEGLSLossy"] = "1.2.840.10008.1.2.4.81",
        ["JPEG2000LosslessOnly"] = "1.2.840.10008.1.2.4.90",
        ["UltrasoundMultiframeImageStorage"] = "1.2.840.10008.5.1.4.1.1.3.1",
        ["RETIRED_DetachedStudyManagementSOPClass"] = "1.2.840.10008.3.1.2.3.1",
    };

    /// <summary>Elements compared so far (nested ones included).</summary>
    public int ComparedElements { get; private set; }

    public void CompareDataset(DicomDataset ours, IReadOnlyList<DumpNode> reference, string path)
    {
        var i = 0;
        var j = 0;
        while (i < ours.Count || j < reference.Count)
        {
            if (i < ours.Count && j < reference.Count && ours[i].Tag == reference[j].Tag)
            {
                CompareElement(ours, ours[i++], reference[j++], path);
            }
            else if (j >= reference.Count || (i < ours.Count && !reference.Skip(j).Any(n => n.Tag == ours[i].Tag)))
            {
                Fail(path, $"{ours[i++].Tag} read by the toolkit but not by dcmdump");
            }
            else
            {
                Fail(path, $"{reference[j].Tag} (dcmdump line {reference[j++].LineNumber}) missing from the toolkit's data set");
            }
        }
    }

    private void CompareElement(DicomDataset dataset, DicomElement element, DumpNode node, string path)
    {
        ComparedElements++;
        var where = $"{path}{element.Tag}";
        var entry = dataset.GetDictionaryEntry(element.Tag);
        if (!VRMatches(element, node.VR, entry))
        {
            Fail(where, $"VR {element.VR} but dcmdump says {node.VR} (line {node.LineNumber})");
            return;
        }

        if (element.IsSequence)
        {
            CompareItems(element, node, where);
            return;
        }

        if (element.IsEncapsulated)
        {
            CompareFragments(element, node, where);
            return;
        }

        if (node.Length is { } length && length != element.Length)
        {
            Fail(where, $"length {element.Length} but dcmdump says {length} (line {node.LineNumber})");
            return;
        }

        if (node.Value == "(no value available)")
        {
            var empty = element.IsEmpty || (element.VR.IsString && element.RawValue.Span.Trim((byte)' ').Trim((byte)0).IsEmpty);
            Check(empty, where, $"toolkit has a value, dcmdump none (line {node.LineNumber})");
            return;
        }

        if (node.Value == "(not loaded)")
        {
            return;
        }

        var problem = element.VR.Category switch
        {
            DicomVRCategory.String or DicomVRCategory.Text or DicomVRCategory.PersonName => CompareText(element, node.Value),
            DicomVRCategory.BinaryNumber => CompareNumbers(element, node.Value),
            DicomVRCategory.AttributeTag => CompareTags(element, node.Value),
            DicomVRCategory.Bulk => CompareBinary(element, node.Value),
            _ => $"unexpected VR {element.VR}",
        };
        if (problem is not null)
        {
            Fail(where, $"{problem} (line {node.LineNumber})");
        }
    }

    private void CompareItems(DicomElement element, DumpNode node, string where)
    {
        var items = element.Items;
        if (items.Count != node.Children.Count)
        {
            Fail(where, $"{items.Count} items but dcmdump has {node.Children.Count} (line {node.LineNumber})");
            return;
        }

        for (var k = 0; k < items.Count; k++)
        {
            CompareDataset(items[k], node.Children[k].Children, $"{where}[{k}]/");
        }
    }

    private void CompareFragments(DicomElement element, DumpNode node, string where)
    {
        var fragments = element.Fragments!;
        var ours = new List<long> { fragments.BasicOffsetTable.Length };
        ours.AddRange(fragments.Fragments.Select(f => f.Length));
        var theirs = node.Children.Select(c => c.Length ?? -1).ToList();
        Check(ours.SequenceEqual(theirs), where, $"items of lengths [{string.Join(',', ours)}] but dcmdump has [{string.Join(',', theirs)}] (line {node.LineNumber})");
    }

    private static bool VRMatches(DicomElement element, string vr, DicomDictionaryEntry? entry) => vr switch
    {
        "??" => element.VR == DicomVR.UN,
        "up" => element.VR == DicomVR.UL,
        "ox" or "xs" or "lt" or "px" => entry is not null && entry.Allows(element.VR),
        _ => element.VR.Code == vr,
    };

    private static string? CompareText(DicomElement element, string printed)
    {
        var ours = Encoding.Latin1.GetString(element.RawValue.Span).TrimEnd(' ', '\0');
        if (printed.StartsWith('=') && element.VR == DicomVR.UI)
        {
            var name = printed[1..];
            var expected = DcmtkUidNames.TryGetValue(name, out var uid) ? uid : null;
            var known = DicomUidRegistry.TryGet(ours, out var registered) && registered.Keyword == name;
            return known || expected == ours ? null : $"UID {ours} but dcmdump names it {name}";
        }

        if (!printed.StartsWith('[') || !printed.EndsWith(']'))
        {
            return $"text value expected, dcmdump printed {printed}";
        }

        var theirs = printed[1..^1].TrimEnd(' ', '\0');
        if (ours == theirs)
        {
            return null;
        }

        static string Normalise(string text) => string.Join('\\', text.Split('\\').Select(v => v.Trim(' ', '\0')));
        return Normalise(ours) == Normalise(theirs) ? null : $"text [{ours}] but dcmdump has [{theirs}]";
    }

    private static string? CompareNumbers(DicomElement element, string printed)
    {
        var theirs = printed.Split('\\');
        var count = element.GetValueCount();
        if (theirs.Length != count)
        {
            return $"{count} values but dcmdump has {theirs.Length}";
        }

        for (var k = 0; k < count; k++)
        {
            bool equal;
            if (element.VR == DicomVR.FL)
            {
                equal = float.TryParse(theirs[k], NumberStyles.Float, CultureInfo.InvariantCulture, out var f)
                    && (f.Equals(element.GetSingle(k)) || (float.IsNaN(f) && float.IsNaN(element.GetSingle(k))));
            }
            else if (element.VR == DicomVR.FD)
            {
                equal = double.TryParse(theirs[k], NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    && (Math.Abs(BitConverter.DoubleToInt64Bits(d) - BitConverter.DoubleToInt64Bits(element.GetDouble(k))) <= 2
                        || (double.IsNaN(d) && double.IsNaN(element.GetDouble(k))));
            }
            else
            {
                equal = Int128.TryParse(theirs[k], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                    && (element.VR == DicomVR.UV ? n == element.GetUInt64(k) : n == element.GetInt64(k));
            }

            if (!equal)
            {
                return $"value {k + 1} is {element.FormatNumber(k)} but dcmdump has {theirs[k]}";
            }
        }

        return null;
    }

    private static string? CompareTags(DicomElement element, string printed)
    {
        var ours = string.Join('\\', element.GetStrings());
        return string.Equals(ours, printed, StringComparison.OrdinalIgnoreCase) ? null : $"tags {ours} but dcmdump has {printed}";
    }

    private static string? CompareBinary(DicomElement element, string printed)
    {
        var bytes = element.RawValue.Span;
        var words = element.VR == DicomVR.OW;
        var text = new StringBuilder(bytes.Length * 3);
        for (var k = 0; words ? k + 1 < bytes.Length : k < bytes.Length; k += words ? 2 : 1)
        {
            if (text.Length > 0)
            {
                text.Append('\\');
            }

            if (words)
            {
                var word = element.IsBigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes[k..]) : BinaryPrimitives.ReadUInt16LittleEndian(bytes[k..]);
                text.Append(word.ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(bytes[k].ToString("x2", CultureInfo.InvariantCulture));
            }
        }

        return text.ToString() == printed ? null : $"bytes {Shorten(text.ToString())} but dcmdump has {Shorten(printed)}";
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "..." : text;

    private void Check(bool condition, string where, string problem)
    {
        if (!condition)
        {
            Fail(where, problem);
        }
    }

    private void Fail(string where, string problem) => differences.Add($"{file}: {where}: {problem}");
}
