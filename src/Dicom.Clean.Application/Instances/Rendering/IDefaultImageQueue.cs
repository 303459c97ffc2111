using Dicom.Clean.Domain.Instances;

namespace Dicom.Clean.Application.Instances.Rendering;

/// <summary>
/// Instances whose default image (the PNG <c>GET /image</c> serves without parameters) is still
/// to be rendered and stored. Bounded and in memory: an id that does not fit, or that a stop
/// loses, is rendered on its first read instead, which queues it again.
/// </summary>
public interface IDefaultImageQueue
{
    /// <summary>Queues an instance; false when the queue is full (nothing is waited for).</summary>
    bool TryEnqueue(InstanceId id);
}
