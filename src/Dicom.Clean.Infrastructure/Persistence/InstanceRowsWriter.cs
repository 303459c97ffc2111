using Dicom.Clean.Application.Instances.Common;
using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Domain.Tags;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dicom.Clean.Infrastructure.Persistence;

/// <summary>
/// Ingest's insert without EF Core's change tracker: the instance row, its tag values through one
/// prepared statement, new tag definitions and the tags document, all in the caller's transaction.
/// The instance row's columns and conversions come from the EF model, so a column added there is
/// written here too.
/// </summary>
internal sealed class InstanceRowsWriter
{
    private const string InsertValueSql =
        "INSERT INTO instance_tag_values (instance_id, ordinal, path, tag_definition_id, value) VALUES ($instance, $ordinal, $path, $definition, $value);";

    // Inserts a definition or, when another writer stored it meanwhile, returns the stored id.
    private const string UpsertDefinitionSql =
        "INSERT INTO tag_definitions (tag, vr, keyword) VALUES ($tag, $vr, $keyword) " +
        "ON CONFLICT (tag, vr, keyword) DO UPDATE SET tag = excluded.tag RETURNING id;";

    private const string InsertDocumentSql = "INSERT INTO instance_tags_documents (instance_id, utf8_json) VALUES ($instance, $json);";

    private readonly string _insertInstanceSql;
    private readonly InstanceColumn[] _instanceColumns;

    private InstanceRowsWriter(string insertInstanceSql, InstanceColumn[] instanceColumns)
    {
        _insertInstanceSql = insertInstanceSql;
        _instanceColumns = instanceColumns;
    }

    /// <summary>Reads the instance table's mapping from the model (once per process).</summary>
    public static InstanceRowsWriter From(IModel model)
    {
        var entity = model.FindEntityType(typeof(DicomInstance)) ?? throw new InvalidOperationException("The model has no instance entity.");
        var columns = entity.GetProperties()
            .Select((p, i) => new InstanceColumn(p.GetColumnName(), $"$c{i}", p.GetGetter(), p.GetTypeMapping().Converter))
            .ToArray();
        var sql = $"INSERT INTO {entity.GetTableName()} ({string.Join(", ", columns.Select(c => c.Name))}) " +
                  $"VALUES ({string.Join(", ", columns.Select(c => c.Parameter))});";
        return new InstanceRowsWriter(sql, columns);
    }

    /// <summary>
    /// Writes everything of one new instance inside <paramref name="transaction"/>. Returns the
    /// definitions inserted, to be remembered once the transaction has committed.
    /// </summary>
    public Dictionary<(uint, string, string), int> Write(SqliteTransaction transaction, DicomInstance instance, TagDefinitionIds known)
    {
        var connection = transaction.Connection!;
        var values = instance.TagValues;
        var inserted = new Dictionary<(uint, string, string), int>();
        var elements = new (int DefinitionId, InstanceTagValue Value)[values.Count];
        using (var upsert = Command(connection, transaction, UpsertDefinitionSql, "$tag", "$vr", "$keyword"))
        {
            for (var i = 0; i < values.Count; i++)
            {
                elements[i] = (DefinitionId(upsert, values[i].Definition, known, inserted), values[i]);
            }
        }

        using (var row = connection.CreateCommand())
        {
            row.Transaction = transaction;
            row.CommandText = _insertInstanceSql;
            foreach (var column in _instanceColumns)
            {
                var value = column.Getter.GetClrValue(instance);
                if (value is not null && column.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                row.Parameters.AddWithValue(column.Parameter, value ?? DBNull.Value);
            }

            row.ExecuteNonQuery();
        }

        var instanceId = instance.Id.Value;
        using (var insert = Command(connection, transaction, InsertValueSql, "$instance", "$ordinal", "$path", "$definition", "$value"))
        {
            insert.Parameters[0].Value = instanceId;
            foreach (var (definitionId, value) in elements)
            {
                insert.Parameters[1].Value = value.Ordinal;
                insert.Parameters[2].Value = value.Path;
                insert.Parameters[3].Value = definitionId;
                insert.Parameters[4].Value = value.Value;
                insert.ExecuteNonQuery();
            }
        }

        using (var document = Command(connection, transaction, InsertDocumentSql, "$instance", "$json"))
        {
            document.Parameters[0].Value = instanceId;
            document.Parameters[1].Value = TagsDocumentWriter.Write(instanceId, elements);
            document.ExecuteNonQuery();
        }

        return inserted;
    }

    private static int DefinitionId(SqliteCommand upsert, TagDefinition definition, TagDefinitionIds known, Dictionary<(uint, string, string), int> inserted)
    {
        var key = (definition.Tag, definition.Vr, definition.Keyword);
        if (known.TryGet(definition, out var id) || inserted.TryGetValue(key, out id))
        {
            return id;
        }

        upsert.Parameters[0].Value = (long)definition.Tag;
        upsert.Parameters[1].Value = definition.Vr;
        upsert.Parameters[2].Value = definition.Keyword;
        id = Convert.ToInt32(upsert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        inserted.Add(key, id);
        return id;
    }

    // One command, its parameters created once, re-executed with new values (prepared on first run).
    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private sealed record InstanceColumn(string Name, string Parameter, IClrPropertyGetter Getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter);
}
