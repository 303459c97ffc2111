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

    private int _pending;

    /// <summary>The worker's end.</summary>
    public ChannelReader<InstanceId> Reader => _channel.Reader;

    /// <summary>Ids queued and not finished yet (waiting, or being rendered).</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <inheritdoc />
    public bool TryEnqueue(InstanceId id)
    {
        Interlocked.Increment(ref _pending);
        if (_channel.Writer.TryWrite(id))
        {
            return true;
        }

        Interlocked.Decrement(ref _pending);
        return false;
    }

    /// <summary>The worker is done with one id taken from <see cref="Reader"/>, whatever the outcome.</summary>
    public void Completed() => Interlocked.Decrement(ref _pending);
}
