using System.Globalization;
using System.Security.Cryptography;

namespace Dicom.Clean.LoadClient;

/// <summary>
/// <c>load</c>: <c>--clients</c> concurrent clients post fresh copies of the <c>--source</c> files
/// for <c>--duration</c> seconds, each waiting for its answer before the next post (closed loop).
/// Then every acknowledged instance is read back. Prints requests, status counts and latency
/// percentiles; fails on any 5xx, connection error or lost instance.
/// </summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var templates = TemplateSet.Load(args.Text("source"));
        var clients = args.Number("clients", 8);
        var duration = TimeSpan.FromSeconds(args.Number("duration", 60));
        using var service = new ServiceClient(args.Server, clients);
        var outcomes = new List<PostOutcome>[clients];
        var acks = new List<(string, string, int)>[clients];
        var deadline = DateTime.UtcNow + duration;
        var started = DateTime.UtcNow;

        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            outcomes[c] = [];
            acks[c] = [];
            while (DateTime.UtcNow < deadline)
            {
                var file = templates.NextFresh();
                var outcome = await service.PostAsync(file, CancellationToken.None);
                outcomes[c].Add(outcome);
                if (outcome.IsAcknowledged)
                {
                    acks[c].Add((Convert.ToHexStringLower(SHA256.HashData(file)), outcome.Id!, outcome.Status));
                }
            }
        })));

        var elapsed = (DateTime.UtcNow - started).TotalSeconds;
        var all = outcomes.SelectMany(o => o).ToList();
        var verification = await VerifyCommand.VerifyAsync(service, acks.SelectMany(a => a).ToList(), blobRoot: null);
        var latencies = all.Select(o => o.ElapsedMs).Order().ToArray();
        int Count(Func<int, bool> match) => all.Count(o => match(o.Status));
        var serverErrors = Count(s => s >= 500);
        var connectionErrors = Count(s => s == 0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load: {clients} clients, {elapsed:0.0} s, {templates.Count} template files, {all.Count} requests ({all.Count / elapsed:0.0}/s), " +
            $"2xx {Count(s => s is >= 200 and < 300)}, 4xx {Count(s => s is >= 400 and < 500)}, 5xx {serverErrors}, connection errors {connectionErrors}; " +
            $"latency ms p50 {Percentile(latencies, 50):0.0}, p90 {Percentile(latencies, 90):0.0}, p99 {Percentile(latencies, 99):0.0}, max {latencies.LastOrDefault():0.0}; " +
            $"acknowledged {verification.Acknowledged}, lost {verification.Lost}"));
        return serverErrors == 0 && connectionErrors == 0 && verification.Lost == 0 ? 0 : 1;
    }

    // Nearest-rank percentile of sorted values.
    private static double Percentile(double[] sorted, int percent) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
