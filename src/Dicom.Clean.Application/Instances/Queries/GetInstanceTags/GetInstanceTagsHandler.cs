using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Instances.Common;
using Dicom.Clean.Domain.Instances;
using Mediator;

namespace Dicom.Clean.Application.Instances.Queries.GetInstanceTags;

/// <summary>
/// Serves the tags document stored at ingest; for an instance stored before documents existed,
/// writes the same document from its rows.
/// </summary>
public sealed class GetInstanceTagsHandler(ITagsDocumentStore documents, IInstanceRepository instances)
    : IQueryHandler<GetInstanceTagsQuery, InstanceTagsJson?>
{
    /// <inheritdoc />
    public async ValueTask<InstanceTagsJson?> Handle(GetInstanceTagsQuery query, CancellationToken cancellationToken)
    {
        var id = InstanceId.From(query.Id!);
        if (await documents.FindAsync(id, cancellationToken) is { } stored)
        {
            return new InstanceTagsJson(id.Value, stored);
        }

        var instance = await instances.FindWithTagsAsync(id, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var elements = instance.TagValues.OrderBy(v => v.Ordinal).Select(v => (v.DefinitionId, v)).ToList();
        return new InstanceTagsJson(id.Value, TagsDocumentWriter.Write(id.Value, elements));
    }
}
