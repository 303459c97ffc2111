using System.Collections.Concurrent;
using System.Threading.Channels;
using Dicom.Clean.Domain.Instances;

namespace Dicom.Clean.Application.Instances.Rendering;

/// <summary>The bounded in-memory queue behind <see cref="IDefaultImageQueue"/>, read by one background worker.</summary>
public sealed class DefaultImageQueue : IDefaultImageQueue
{
    /// <summary>Ids held at most; a 512x512 render is ~1.5 ms, so this is a few seconds of work.</summary>
    public const int Capacity = 4096;

    private readonly Channel<InstanceId> _channel = Channel.CreateBounded<InstanceId>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    // Ids waiting or being rendered: many reads of a new instance queue it once.
    private readonly ConcurrentDictionary<InstanceId, byte> _queued = new();

    /// <summary>The worker's end.</summary>
    public ChannelReader<InstanceId> Reader => _channel.Reader;

    /// <summary>Ids queued and not finished yet (waiting, or being rendered).</summary>
    public int Pending => _queued.Count;

    /// <inheritdoc />
    /// <remarks>An id already waiting or being rendered is not queued twice (answered true).</remarks>
    public bool TryEnqueue(InstanceId id)
    {
        if (!_queued.TryAdd(id, 0))
        {
            return true;
        }

        if (_channel.Writer.TryWrite(id))
        {
            return true;
        }

        _queued.TryRemove(id, out _);
        return false;
    }

    /// <summary>The worker is done with an id taken from <see cref="Reader"/>, whatever the outcome.</summary>
    public void Completed(InstanceId id) => _queued.TryRemove(id, out _);
}
