using FluentValidation;

namespace Dicom.Clean.Application.Uploads.Common;

/// <summary>Validation rule shared by every request that names an upload.</summary>
public static class UploadKeyRules
{
    /// <summary>Length of an upload key.</summary>
    public const int KeyLength = 32;

    /// <summary>True for a well-formed key: 32 lower-case hex digits (checked before any file is touched).</summary>
    public static bool IsKey(string? key) =>
        key is { Length: KeyLength } && key.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>Requires a well-formed upload key.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeUploadKey<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsKey).WithMessage($"'key' must be {KeyLength} lower-case hexadecimal digits.");
}
