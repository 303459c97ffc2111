using Dicom.Clean.Application.Instances.Ingest;

namespace Dicom.Clean.Api.FunctionalTests.Jobs;

/// <summary>
/// Wraps the real ingestor: the first <c>completeFirst</c> files go through; the next one is
/// stored (committed) and then its answer never comes until the service stops: the state a crash
/// between an instance's commit and the job's record of it leaves behind.
/// </summary>
internal sealed class StallingIngestor(IInstanceIngestor inner, StallingIngestor.Gate gate) : IInstanceIngestor
{
    public async Task<StoreResult> IngestAsync(Stream content, CancellationToken cancellationToken)
    {
        var result = await inner.IngestAsync(content, cancellationToken);
        if (Interlocked.Increment(ref gate.Count) > gate.CompleteFirst)
        {
            gate.Stalled.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return result;
    }

    internal sealed class Gate(int completeFirst)
    {
        public int CompleteFirst { get; } = completeFirst;

        public int Count;

        public TaskCompletionSource Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
