using System.Collections.Frozen;

namespace Dicom.Clean.Toolkit.Uids;

/// <summary>
/// The UIDs the toolkit knows by name: every transfer syntax of PS3.6 Annex A, the storage SOP
/// classes, and a few service classes. Immutable; lookups are frozen.
/// </summary>
public static class DicomUidRegistry
{
    private static readonly FrozenDictionary<string, DicomUid> ByValue = Build();

    /// <summary>Every registered UID.</summary>
    public static IEnumerable<DicomUid> All => ByValue.Values;

    /// <summary>Finds a registered UID.</summary>
    /// <param name="uid">The UID; trailing NUL or space padding is ignored.</param>
    /// <param name="entry">The registry entry, when known.</param>
    public static bool TryGet(string? uid, out DicomUid entry)
    {
        if (uid is null)
        {
            entry = null!;
            return false;
        }

        return ByValue.TryGetValue(uid.TrimEnd('\0', ' '), out entry!);
    }

    /// <summary>The standard's name for a UID (<c>CT Image Storage</c>), or null when unknown.</summary>
    /// <param name="uid">The UID.</param>
    public static string? GetName(string? uid) => TryGet(uid, out var entry) ? entry.Name : null;

    private static FrozenDictionary<string, DicomUid> Build()
    {
        var map = new Dictionary<string, DicomUid>(StringComparer.Ordinal);
        foreach (var ts in DicomTransferSyntax.All)
        {
            map[ts.Uid] = new DicomUid(ts.Uid, ts.Name, ts.Keyword, DicomUidType.TransferSyntax, ts.IsRetired);
        }

        foreach (var line in DicomSopClassTable.Lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // uid|name|keyword|R (retired) or - ; an optional 5th field W marks a well-known instance.
            var f = line.Split('|');
            var type = f.Length > 4 && f[4] == "W" ? DicomUidType.WellKnownInstance : DicomUidType.SopClass;
            map[f[0]] = new DicomUid(f[0], f[1], f[2], type, f[3] == "R");
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
