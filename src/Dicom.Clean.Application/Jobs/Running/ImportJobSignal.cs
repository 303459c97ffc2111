using System.Threading.Channels;

namespace Dicom.Clean.Application.Jobs.Running;

/// <summary>Wakes the job worker when a job is queued. Notifications while it works collapse into one.</summary>
public sealed class ImportJobSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Tells the worker there may be a job to run.</summary>
    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Waits for a notification (returns at once if one came since the last wait).</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _channel.Reader.WaitToReadAsync(cancellationToken);
        _channel.Reader.TryRead(out _);
    }
}
