using Spectre.Console;

namespace Dicom.Clean.Cli;

/// <summary>The summary table printed at the end, and the first failures.</summary>
internal static class SummaryView
{
    private const int MaxFailuresShown = 20;

    public static void Write(IAnsiConsole console, ImportSummary summary, TimeSpan elapsed)
    {
        var table = new Table().Title("Import summary").AddColumn("").AddColumn(new TableColumn("files").RightAligned());
        table.AddRow(new Text("found"), new Text(Number(summary.Total)));
        table.AddRow(new Text("stored", new Style(Color.Green)), new Text(Number(summary.Stored)));
        table.AddRow(new Text("already stored"), new Text(Number(summary.Duplicates)));
        table.AddRow(new Text("failed", new Style(summary.Failed > 0 ? Color.Red : Color.Default)), new Text(Number(summary.Failed)));
        table.Caption($"{elapsed.TotalSeconds:0.0} s");
        console.Write(table);

        if (summary.Failures.Count > 0)
        {
            var failures = new Table().Title("Failures").AddColumn("file").AddColumn("reason");
            foreach (var (path, reason) in summary.Failures.Take(MaxFailuresShown))
            {
                failures.AddRow(new Text(path), new Text(reason));
            }

            console.Write(failures);
            if (summary.Failed > MaxFailuresShown)
            {
                console.WriteLine($"... and {summary.Failed - MaxFailuresShown} more.");
            }
        }

        if (summary.Note is not null)
        {
            console.WriteLine(summary.Note);
        }
    }

    private static string Number(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
