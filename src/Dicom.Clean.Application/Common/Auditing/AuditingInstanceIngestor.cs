using Dicom.Clean.Application.Instances.Ingest;
using Dicom.Clean.Domain.Security;

namespace Dicom.Clean.Application.Common.Auditing;

/// <summary>Records every store, whatever the entry point: new instance, or content already stored.</summary>
internal sealed class AuditingInstanceIngestor(IInstanceIngestor inner, IAuditRecorder audit) : IInstanceIngestor
{
    public async Task<StoreResult> IngestAsync(Stream content, CancellationToken cancellationToken)
    {
        var result = await inner.IngestAsync(content, cancellationToken);
        var action = result.Status == StoreStatus.Stored ? AuditAction.Store : AuditAction.StoreDuplicate;
        await audit.RecordAsync(action, result.Id, cancellationToken);
        return result;
    }
}
