namespace Dicom.Clean.LoadClient;

/// <summary>
/// <c>verify</c>: every acknowledged instance must be readable with the SHA-256 of the bytes that
/// were posted; every stored row must have its original; every blob under the instance folders of
/// <c>--blob-root</c> must belong to a row. Prints <c>acknowledged n, lost n, orphans n</c>.
/// </summary>
internal static class VerifyCommand
{
    // The service's instance blob folders (InstanceBlobKeys); this client talks HTTP otherwise.
    private static readonly string[] InstanceFolders = ["originals", "rendered"];

    public static async Task<int> RunAsync(Arguments args)
    {
        var acks = AckLog.Read(args.Text("acks"));
        using var service = new ServiceClient(args.Server, 8);
        var result = await VerifyAsync(service, acks, args.Text("blob-root"));
        Console.WriteLine(result.Summary);
        return result.Lost == 0 && result.Orphans == 0 ? 0 : 1;
    }

    public static async Task<Verification> VerifyAsync(ServiceClient service, IReadOnlyList<(string Sha256, string Id, int Status)> acks, string? blobRoot)
    {
        var lost = 0;
        await Parallel.ForEachAsync(acks, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (ack, ct) =>
        {
            var (row, file) = await service.ReadBackAsync(ack.Id, ct);
            if (row != ack.Sha256 || file != ack.Sha256)
            {
                Interlocked.Increment(ref lost);
                Console.Error.WriteLine($"lost: {ack.Id} (row {row ?? "missing"}, file {file ?? "missing"})");
            }
        });

        var rows = (await service.ListIdsAsync(CancellationToken.None)).ToHashSet(StringComparer.Ordinal);
        var acknowledged = acks.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var orphanRows = 0;
        await Parallel.ForEachAsync(rows.Where(id => !acknowledged.Contains(id)), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (id, ct) =>
        {
            // Stored but never acknowledged (committed as the service died): fine if whole.
            var (row, file) = await service.ReadBackAsync(id, ct);
            if (row is null || row != file)
            {
                Interlocked.Increment(ref orphanRows);
                Console.Error.WriteLine($"orphan row: {id}");
            }
        });

        var orphanBlobs = 0;
        if (blobRoot is not null)
        {
            foreach (var folder in InstanceFolders.Select(f => Path.Combine(blobRoot, f)).Where(Directory.Exists))
            {
                foreach (var blob in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                {
                    var name = Path.GetFileName(blob);
                    if (!rows.Contains(name.Split('.')[0]))
                    {
                        orphanBlobs++;
                        Console.Error.WriteLine($"orphan blob: {Path.GetRelativePath(blobRoot, blob)}");
                    }
                }
            }
        }

        var unacknowledged = rows.Count(id => !acknowledged.Contains(id));
        return new Verification(acks.Count, lost, orphanRows + orphanBlobs, rows.Count, unacknowledged);
    }

    internal sealed record Verification(int Acknowledged, int Lost, int Orphans, int Rows, int StoredUnacknowledged)
    {
        public string Summary =>
            $"acknowledged {Acknowledged}, lost {Lost}, orphans {Orphans} (rows {Rows}, stored without acknowledgement {StoredUnacknowledged})";
    }
}
