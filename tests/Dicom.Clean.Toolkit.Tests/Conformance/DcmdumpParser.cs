using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Dicom.Clean.Toolkit.Tests.Conformance;

/// <summary>
/// Parses <c>dcmdump +L -M</c> text into the meta header and the data set, as trees. Values are read
/// as Latin-1 so every byte dcmdump printed survives (it prints text values in the file's own
/// character set). Values may span lines (texts with line breaks).
/// </summary>
internal static partial class DcmdumpParser
{
    public static (List<DumpNode> Meta, List<DumpNode> Dataset) Parse(string path)
    {
        var text = File.ReadAllText(path, Encoding.Latin1);
        var meta = new List<DumpNode>();
        var dataset = new List<DumpNode>();
        var target = meta;
        var stack = new Stack<(int Depth, List<DumpNode> Children)>();
        stack.Push((-1, target));

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("# Dicom-Data-Set", StringComparison.Ordinal))
            {
                target = dataset;
                stack.Clear();
                stack.Push((-1, target));
                continue;
            }

            if (!StartOfEntry().IsMatch(line))
            {
                continue;
            }

            // A value with line breaks continues on lines that do not start an entry or a comment.
            var entry = line;
            var number = i + 1;
            while (!EntryTail().IsMatch(entry) && i + 1 < lines.Length)
            {
                entry += "\n" + lines[++i];
            }

            var node = ParseEntry(entry, number, out var depth);
            if (node.Tag.Value is 0xFFFEE00D or 0xFFFEE0DD)
            {
                continue;
            }

            while (stack.Peek().Depth >= depth)
            {
                stack.Pop();
            }

            stack.Peek().Children.Add(node);
            if (node.IsItem || node.VR == "SQ" || node.Value.StartsWith("(PixelSequence", StringComparison.Ordinal))
            {
                stack.Push((depth, node.Children));
            }
        }

        return (meta, dataset);
    }

    private static DumpNode ParseEntry(string entry, int number, out int depth)
    {
        var match = Entry().Match(entry);
        if (!match.Success)
        {
            throw new FormatException($"Unreadable dcmdump line {number}: {entry}");
        }

        depth = match.Groups["indent"].Length / 2;
        var tag = new DicomTag(
            ushort.Parse(match.Groups["group"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            ushort.Parse(match.Groups["element"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        var length = match.Groups["length"].Value;
        return new DumpNode
        {
            Tag = tag,
            VR = match.Groups["vr"].Value,
            Value = match.Groups["value"].Value.TrimEnd(' '),
            Length = length == "u/l" ? null : long.Parse(length, CultureInfo.InvariantCulture),
            Multiplicity = int.Parse(match.Groups["vm"].Value, CultureInfo.InvariantCulture),
            LineNumber = number,
        };
    }

    [GeneratedRegex(@"^ *\([0-9a-f]{4},[0-9a-f]{4}\) ")]
    private static partial Regex StartOfEntry();

    [GeneratedRegex(@"# *(u/l|\d+), *\d+ [^#\n]+$")]
    private static partial Regex EntryTail();

    [GeneratedRegex(@"^(?<indent> *)\((?<group>[0-9a-f]{4}),(?<element>[0-9a-f]{4})\) (?<vr>\S\S) (?<value>.*?) *# *(?<length>u/l|\d+), *(?<vm>\d+) [^#\n]+$", RegexOptions.Singleline)]
    private static partial Regex Entry();
}
