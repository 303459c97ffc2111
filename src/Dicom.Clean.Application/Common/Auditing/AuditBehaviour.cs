using Dicom.Clean.Application.Instances.Commands.DeleteInstance;
using Dicom.Clean.Application.Instances.Queries.GetInstance;
using Dicom.Clean.Application.Instances.Queries.GetInstanceImage;
using Dicom.Clean.Application.Instances.Queries.GetInstanceTags;
using Dicom.Clean.Application.Instances.Queries.GetOriginalFile;
using Dicom.Clean.Application.Instances.Queries.ListInstances;
using Dicom.Clean.Application.Security.Commands.CreateApiKey;
using Dicom.Clean.Application.Security.Commands.RevokeApiKey;
using Dicom.Clean.Application.Security.Queries.ListAuditEntries;
using Dicom.Clean.Domain.Security;
using Mediator;

namespace Dicom.Clean.Application.Common.Auditing;

/// <summary>
/// Records who read, listed, deleted an instance or managed keys, after the handler succeeded
/// and found something (a 404 is no access). Stores are recorded by the ingest itself, so every
/// entry point (REST, uploads, jobs) is covered. Ids only: never a filter or a value.
/// </summary>
/// <typeparam name="TMessage">The command or query.</typeparam>
/// <typeparam name="TResponse">Its result.</typeparam>
public sealed class AuditBehaviour<TMessage, TResponse>(IAuditRecorder audit) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    /// <inheritdoc />
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (Classify(message, response) is var (action, instanceId))
        {
            await audit.RecordAsync(action, instanceId, cancellationToken);
        }

        return response;
    }

    private static (AuditAction Action, string? InstanceId)? Classify(TMessage message, TResponse response)
    {
        if (response is null or false)
        {
            return null;
        }

        return message switch
        {
            GetInstanceQuery q => (AuditAction.Read, q.Id),
            GetInstanceTagsQuery q => (AuditAction.Read, q.Id),
            GetInstanceImageQuery q => (AuditAction.Read, q.Id),
            GetOriginalFileQuery q => (AuditAction.Read, q.Id),
            ListInstancesQuery => (AuditAction.List, null),
            DeleteInstanceCommand c => (AuditAction.Delete, c.Id),
            CreateApiKeyCommand when response is CreatedApiKey created => (AuditAction.KeyCreate, created.Id),
            RevokeApiKeyCommand c => (AuditAction.KeyRevoke, c.Id),
            ListAuditEntriesQuery => (AuditAction.AuditRead, null),
            IAuditedRequest audited => (audited.AuditAction, audited.AuditInstanceId),
            _ => null,
        };
    }
}
