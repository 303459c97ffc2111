using Dicom.Clean.Domain.Instances;

namespace Dicom.Clean.Infrastructure.Persistence;

/// <summary>
/// The tags answer of one instance as stored UTF-8 JSON (table <c>instance_tags_documents</c>),
/// written in the same transaction as the instance's rows. A read model only: the rows of
/// <c>instance_tag_values</c> stay the queryable truth, and the document can be written again
/// from them.
/// </summary>
internal sealed class InstanceTagsDocument
{
    public InstanceId InstanceId { get; set; }

    public byte[] Utf8Json { get; set; } = [];
}
