namespace Dicom.Clean.Infrastructure.Persistence;

/// <summary>
/// Serialises this process's writes, and holds what they share. SQLite has one writer at a time
/// anyway; taking turns here makes "look up tag definitions, insert the missing ones" atomic
/// without retry loops.
/// </summary>
internal sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Committed tag definition ids; use only while holding a turn.</summary>
    public TagDefinitionIds DefinitionIds { get; } = new();

    /// <summary>The insert built from the model on first use; set only while holding a turn.</summary>
    public InstanceRowsWriter? RowsWriter { get; set; }

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Release(_gate);
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private SemaphoreSlim? _gate = gate;

        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
    }
}
