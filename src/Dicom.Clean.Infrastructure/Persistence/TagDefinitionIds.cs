using Dicom.Clean.Domain.Tags;

namespace Dicom.Clean.Infrastructure.Persistence;

/// <summary>
/// Ids of the tag definitions this process knows to be committed, so ingest looks up only the
/// (rare) new ones. Read and changed only under <see cref="SqliteWriteGate"/>; filled after a
/// commit, never before, so a rolled-back insert leaves no id behind. Definitions are never
/// deleted, so a known id stays valid.
/// </summary>
internal sealed class TagDefinitionIds
{
    private readonly Dictionary<(uint Tag, string Vr, string Keyword), int> _committed = [];

    public bool TryGet(TagDefinition definition, out int id) =>
        _committed.TryGetValue((definition.Tag, definition.Vr, definition.Keyword), out id);

    public void AddCommitted(IEnumerable<KeyValuePair<(uint Tag, string Vr, string Keyword), int>> ids)
    {
        foreach (var (key, id) in ids)
        {
            _committed[key] = id;
        }
    }
}
