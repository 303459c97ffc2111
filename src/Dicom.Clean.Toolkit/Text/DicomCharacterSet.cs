using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Dicom.Clean.Toolkit.Text;

/// <summary>
/// Decodes and encodes DICOM text values under a Specific Character Set (0008,0005): the default
/// repertoire, the single-byte ISO 8859 and JIS X 0201 sets, UTF-8, GB 18030, GBK and ISO 2022
/// code extensions (JIS X 0208/0212, KS X 1001, GB 2312 and the single-byte sets). Immutable and
/// thread-safe; one instance serves every value of a data set (a sequence item that declares its
/// own Specific Character Set gets its own instance, see PS3.5 6.1.2.5).
/// </summary>
/// <remarks>
/// Lenient on read: unknown terms, unknown escape sequences and undecodable bytes add a warning
/// and give a best-effort string (U+FFFD for what cannot be read), never an exception. Strict on
/// write: a character the declared sets cannot express throws <see cref="DicomException"/>.
/// </remarks>
public sealed class DicomCharacterSet
{
    private readonly CharacterSetKind _kind;
    private readonly CodedCharacterSet? _table;
    private readonly CodeExtensionProfile? _extensions;

    private DicomCharacterSet(IReadOnlyList<string> terms, CharacterSetKind kind, CodedCharacterSet? table, CodeExtensionProfile? extensions)
    {
        Terms = Array.AsReadOnly(terms.ToArray()); // a copy: the caller's list may change later
        _kind = kind;
        _table = table;
        _extensions = extensions;
    }

    /// <summary>
    /// The default repertoire (ISO-IR 6), used when Specific Character Set is absent or empty.
    /// Bytes above 0x7F, which it does not define, are read as ISO 8859-1 so none is lost.
    /// </summary>
    public static DicomCharacterSet Default { get; } = new([], CharacterSetKind.Default, CodedCharacterSets.Ascii, null);

    /// <summary>UTF-8 (<c>ISO_IR 192</c>), the set to choose when writing new data sets.</summary>
    public static DicomCharacterSet Utf8 { get; } = new(["ISO_IR 192"], CharacterSetKind.Utf8, null, null);

    // One shared instance per single standard term, so the common case allocates nothing.
    private static readonly FrozenDictionary<string, DicomCharacterSet> SingleTerms = BuildSingleTerms();

    /// <summary>The defined terms this set was built from, as the data set gave them.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>True when the set uses ISO 2022 code extensions (escape sequences).</summary>
    public bool HasCodeExtensions => _extensions is not null;

    /// <summary>
    /// Builds the character set a data set declares. Unknown terms are ignored with a warning
    /// (an unknown value 1 means the default repertoire); non-standard spellings are accepted
    /// with a warning; <c>ISO_IR 192</c>, <c>GB18030</c> and <c>GBK</c> exclude every other term.
    /// </summary>
    /// <param name="terms">The values of Specific Character Set, in order (value 1 may be empty).</param>
    /// <param name="warnings">Receives one message per term that could not be honoured as written.</param>
    public static DicomCharacterSet FromTerms(IReadOnlyList<string> terms, ICollection<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
        {
            return Default;
        }

        if (terms.Count == 1 && terms[0] is { } only && SingleTerms.TryGetValue(only, out var known))
        {
            return known;
        }

        return Resolve(terms, warnings);
    }

    /// <summary>Decodes a text value (trailing padding is the caller's to trim).</summary>
    /// <param name="bytes">The raw value bytes.</param>
    /// <param name="isPersonName">True for PN values, whose component groups may switch character sets.</param>
    public string Decode(ReadOnlySpan<byte> bytes, bool isPersonName) => Decode(bytes, isPersonName, null);

    /// <summary>Decodes a text value, reporting what could not be read faithfully.</summary>
    /// <param name="bytes">The raw value bytes.</param>
    /// <param name="isPersonName">True for PN values: <c>^</c> and <c>=</c> return to the sets of value 1.</param>
    /// <param name="warnings">
    /// Receives messages (offsets are relative to the value; no text of the value is quoted), or null.
    /// </param>
    public string Decode(ReadOnlySpan<byte> bytes, bool isPersonName, ICollection<string>? warnings)
    {
        var report = default(DecodeReport);
        var text = DecodeCore(bytes, isPersonName, warnings is not null, ref report);
        if (warnings is not null && !report.IsClean)
        {
            DecodeWarnings.Add(warnings, report, bytes, Name);
        }

        return text;
    }

    /// <summary>Decodes a value and says what could not be read faithfully, without allocating when all is well.</summary>
    internal string Decode(ReadOnlySpan<byte> bytes, bool isPersonName, out DecodeReport report)
    {
        report = default;
        return DecodeCore(bytes, isPersonName, check: true, ref report);
    }

    /// <summary>The messages for a report of <see cref="Decode(ReadOnlySpan{byte}, bool, out DecodeReport)"/>.</summary>
    internal List<string> Describe(DecodeReport report, ReadOnlySpan<byte> bytes)
    {
        var messages = new List<string>();
        DecodeWarnings.Add(messages, report, bytes, Name);
        return messages;
    }

    /// <summary>Encodes a text value for writing (padding is the caller's to add).</summary>
    /// <param name="text">The value.</param>
    /// <param name="isPersonName">True for PN values.</param>
    /// <exception cref="DicomException">A character cannot be expressed in the declared sets.</exception>
    public byte[] Encode(string text, bool isPersonName)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryEncodeCore(text, isPersonName, out var bytes, out var failedAt)
            ? bytes
            : throw new DicomException(string.Create(CultureInfo.InvariantCulture,
                $"Character U+{(int)text[failedAt]:X4} at index {failedAt} cannot be encoded with Specific Character Set '{Name}'."));
    }

    /// <summary>Encodes a text value when every character fits the declared sets.</summary>
    /// <param name="text">The value.</param>
    /// <param name="isPersonName">True for PN values.</param>
    /// <param name="bytes">The encoded value, when the method returns true.</param>
    public bool TryEncode(string text, bool isPersonName, [NotNullWhen(true)] out byte[]? bytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ok = TryEncodeCore(text, isPersonName, out var encoded, out _);
        bytes = ok ? encoded : null;
        return ok;
    }

    /// <summary>True when both sets were built from the same terms (so they encode text the same way).</summary>
    internal bool HasSameTerms(DicomCharacterSet other) => ReferenceEquals(this, other) || Terms.SequenceEqual(other.Terms, StringComparer.Ordinal);

    /// <summary>The terms joined by '\' as they appear in the data set (<c>ISO_IR 6</c> for the default).</summary>
    public override string ToString() => Name;

    private string Name => Terms.Count == 0 ? "ISO_IR 6" : string.Join('\\', Terms);

    private string DecodeCore(ReadOnlySpan<byte> bytes, bool isPersonName, bool check, ref DecodeReport report)
    {
        switch (_kind)
        {
            case CharacterSetKind.Default:
                if (check && bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) is var high and >= 0)
                {
                    report.OutsideDefaultAt = high;
                }

                return Encoding.Latin1.GetString(bytes);
            case CharacterSetKind.SingleByte:
                var text = SingleByteCodec.Decode(bytes, _table!, out var invalidAt);
                if (invalidAt >= 0 && _table == CodedCharacterSets.JisX0201 && SingleByteCodec.TryDecodeShiftJis(bytes, out var shiftJis))
                {
                    report.ShiftJisAt = invalidAt; // many Japanese systems write Shift_JIS under ISO_IR 13
                    return shiftJis;
                }

                report.InvalidAt = invalidAt >= 0 ? invalidAt : null;
                return text;
            case CharacterSetKind.CodeExtension:
                if (_extensions!.StartsInAscii
                    && bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0 && !bytes.Contains((byte)0x1B))
                {
                    return Encoding.ASCII.GetString(bytes);
                }

                return CodeExtensionDecoder.Decode(bytes, _extensions, isPersonName, ref report);
            default:
                var decoded = MultiByteCodec.Decode(bytes, _kind, check, out var invalid);
                report.InvalidAt = invalid ? InvalidOffset(bytes) : null;
                return decoded;
        }
    }

    /// <summary>Encodes a value, or gives the index of the first character the declared sets cannot express.</summary>
    internal bool TryEncodeCore(string text, bool isPersonName, out byte[] bytes, out int failedAt) => _kind switch
    {
        CharacterSetKind.Default or CharacterSetKind.SingleByte => SingleByteCodec.TryEncode(text, _table!, out bytes, out failedAt),
        CharacterSetKind.CodeExtension => CodeExtensionEncoder.TryEncode(text, _extensions!, isPersonName, out bytes, out failedAt),
        _ => MultiByteCodec.TryEncode(text, _kind, out bytes, out failedAt),
    };

    // Where a UTF-8 value first breaks (GB 18030/GBK report no offset: -1).
    private int InvalidOffset(ReadOnlySpan<byte> bytes)
    {
        if (_kind != CharacterSetKind.Utf8)
        {
            return -1;
        }

        var offset = 0;
        while (offset < bytes.Length && System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }

        return offset;
    }

    private static DicomCharacterSet Resolve(IReadOnlyList<string> terms, ICollection<string>? warnings)
    {
        var resolved = CharacterSetResolver.Resolve(terms, warnings);
        return resolved.Kind switch
        {
            CharacterSetKind.CodeExtension => new DicomCharacterSet(terms, resolved.Kind, null, new CodeExtensionProfile(resolved.Terms)),
            _ => new DicomCharacterSet(terms, resolved.Kind, resolved.Terms[0].Table, null),
        };
    }

    private static FrozenDictionary<string, DicomCharacterSet> BuildSingleTerms()
    {
        var sets = new Dictionary<string, DicomCharacterSet>(StringComparer.Ordinal)
        {
            [""] = Default,
            ["ISO_IR 6"] = new(["ISO_IR 6"], CharacterSetKind.Default, CodedCharacterSets.Ascii, null),
            ["ISO_IR 192"] = Utf8,
            ["GB18030"] = new(["GB18030"], CharacterSetKind.Gb18030, null, null),
            ["GBK"] = new(["GBK"], CharacterSetKind.Gbk, null, null),
        };
        foreach (var term in DefinedTerms.SingleByteTerms)
        {
            sets[term.Name] = new DicomCharacterSet([term.Name], CharacterSetKind.SingleByte, term.Table, null);
        }

        return sets.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
