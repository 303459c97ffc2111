using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Domain.Instances;

namespace Dicom.Clean.Infrastructure.Persistence;

/// <summary>Reads an instance's stored tags document: one primary-key lookup, no EF Core on the path.</summary>
internal sealed class TagsDocumentStore(SqliteConnectionFactory connections) : ITagsDocumentStore
{
    public async Task<byte[]?> FindAsync(InstanceId id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForReadAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT utf8_json FROM instance_tags_documents WHERE instance_id = $id;";
        command.Parameters.AddWithValue("$id", id.Value);
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }
}
