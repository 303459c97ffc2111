using System.Security.Cryptography;

namespace Dicom.Clean.LoadClient;

/// <summary>
/// <c>post</c>: sends <c>--count</c> fresh files from <c>--clients</c> concurrent clients and logs
/// every acknowledgement. A post whose connection fails (the service was killed) is sent again,
/// same bytes, once the service is back (up to <c>--retry-seconds</c>): an instance committed just
/// before the kill must then answer AlreadyStored with the id it was stored under.
/// </summary>
internal static class PostCommand
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var templates = TemplateSet.Load(args.Text("source"));
        var count = args.Number("count", 1000);
        var clients = args.Number("clients", 8);
        var retryFor = TimeSpan.FromSeconds(args.Number("retry-seconds", 180));
        using var service = new ServiceClient(args.Server, clients);
        using var acks = new AckLog(args.Text("acks"));
        var next = -1;
        int stored = 0, already = 0, refused = 0, retried = 0;

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                var file = templates.NextFresh();
                var sha = Convert.ToHexStringLower(SHA256.HashData(file));
                var outcome = await service.PostAsync(file, CancellationToken.None);
                var giveUpAt = DateTime.UtcNow + retryFor;
                while (outcome.Status == 0 && DateTime.UtcNow < giveUpAt)
                {
                    Interlocked.Increment(ref retried);
                    await Task.Delay(250);
                    outcome = await service.PostAsync(file, CancellationToken.None);
                }

                if (outcome.IsAcknowledged)
                {
                    acks.Add(sha, outcome.Id!, outcome.Status);
                    Interlocked.Increment(ref outcome.Status == 201 ? ref stored : ref already);
                }
                else
                {
                    Interlocked.Increment(ref refused);
                    Console.Error.WriteLine($"post answered {outcome.Status}");
                }
            }
        })));

        Console.WriteLine($"posted {count} files from {clients} clients: acknowledged {stored + already} (201: {stored}, 200 AlreadyStored: {already}), not acknowledged {refused}, connection failures retried {retried}");
        return refused == 0 ? 0 : 1;
    }
}
