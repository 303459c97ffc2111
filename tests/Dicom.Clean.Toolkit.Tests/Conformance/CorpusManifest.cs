using System.Text;

namespace Dicom.Clean.Toolkit.Tests.Conformance;

/// <summary>One row of <c>ref/&lt;set&gt;/manifest.csv</c>: the columns the conformance tests use.</summary>
internal sealed record CorpusEntry(string Set, string RelativePath, string Name, string Category, string TransferSyntaxUid, IReadOnlyDictionary<string, string> Columns)
{
    public string Path => System.IO.Path.Combine(Support.SharedCorpus.Corpus, Set, RelativePath);

    public string DumpPath => System.IO.Path.Combine(Support.SharedCorpus.Corpus, "ref", Set, "dump", Name + ".txt");

    public bool IsValid => Category.StartsWith("valid", StringComparison.Ordinal);

    public override string ToString() => $"{Set}/{RelativePath}";
}

/// <summary>Reads a corpus manifest (RFC 4180 CSV with a header row).</summary>
internal static class CorpusManifest
{
    public static IReadOnlyList<CorpusEntry> Read(string set)
    {
        var path = System.IO.Path.Combine(Support.SharedCorpus.Corpus, "ref", set, "manifest.csv");
        var rows = ParseCsv(File.ReadAllText(path, Encoding.UTF8));
        var header = rows[0];
        var entries = new List<CorpusEntry>();
        foreach (var row in rows.Skip(1).Where(r => r.Count == header.Count))
        {
            var columns = header.Zip(row).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            entries.Add(new CorpusEntry(set, columns["relpath"], columns["name"], columns["category"], columns["transfer_syntax_uid"], columns));
        }

        return entries;
    }

    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
