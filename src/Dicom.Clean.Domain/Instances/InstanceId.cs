using System.Buffers.Binary;

namespace Dicom.Clean.Domain.Instances;

/// <summary>
/// The server's own id for a stored instance: a 22-character short UUID in base 57 (the seed's
/// format, e.g. <c>iEfcZk3Vn6H8iyqc3seHrm</c>). Opaque to clients; blob keys are derived from it.
/// </summary>
public readonly record struct InstanceId
{
    /// <summary>Length of every id.</summary>
    public const int Length = 22;

    /// <summary>The 57 symbols of the id, as Python's shortuuid orders them (no 0, 1, I, O, l).</summary>
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private InstanceId(string value) => Value = value;

    /// <summary>The id's text.</summary>
    public string Value { get; }

    /// <summary>Wraps text already known to be an id (from the database or the generator).</summary>
    /// <exception cref="ArgumentException">The text is not a well-formed id.</exception>
    public static InstanceId From(string value) =>
        TryParse(value, out var id) ? id : throw new ArgumentException("Not a well-formed instance id.", nameof(value));

    /// <summary>Parses client input; false for anything that is not 22 characters of the alphabet.</summary>
    public static bool TryParse(string? value, out InstanceId id)
    {
        id = default;
        if (value is null || value.Length != Length)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        id = new InstanceId(value);
        return true;
    }

    /// <summary>
    /// Encodes a UUID as the seed did (Python shortuuid before 1.0): the UUID's 128-bit value in
    /// base 57, least significant digit first, padded to 22 with the alphabet's first symbol.
    /// </summary>
    public static InstanceId FromUuid(Guid uuid)
    {
        Span<byte> bytes = stackalloc byte[16];
        _ = uuid.TryWriteBytes(bytes, bigEndian: true, out _);
        var number = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        return new InstanceId(string.Create(Length, number, static (chars, n) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                (n, var digit) = UInt128.DivRem(n, (UInt128)Alphabet.Length);
                chars[i] = Alphabet[(int)digit];
            }
        }));
    }

    /// <summary>The UUID this id encodes (the inverse of <see cref="FromUuid"/>).</summary>
    public Guid ToUuid()
    {
        UInt128 number = 0;
        for (var i = Value.Length - 1; i >= 0; i--)
        {
            number = (number * (UInt128)Alphabet.Length) + (UInt128)Alphabet.IndexOf(Value[i], StringComparison.Ordinal);
        }

        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, number);
        return new Guid(bytes, bigEndian: true);
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
