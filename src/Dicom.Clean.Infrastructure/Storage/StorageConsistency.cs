namespace Dicom.Clean.Infrastructure.Storage;

/// <summary>Holds the start-up sweep's report for the health check (one per service, set once at start).</summary>
public sealed class StorageConsistency
{
    private StorageSweepReport? _lastSweep;

    /// <summary>The report of the sweep run at start, or null before it ran.</summary>
    public StorageSweepReport? LastSweep
    {
        get => Volatile.Read(ref _lastSweep);
        internal set => Volatile.Write(ref _lastSweep, value);
    }
}
