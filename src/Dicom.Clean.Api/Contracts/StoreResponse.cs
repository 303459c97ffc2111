using System.Text.Json.Serialization;
using Dicom.Clean.Application.Instances.Ingest;

namespace Dicom.Clean.Api.Contracts;

/// <summary>
/// Answer of a store: <c>{"id": "..."}</c> when stored (201), with <c>"status": "AlreadyStored"</c>
/// when the same bytes were already there (200).
/// </summary>
public sealed record StoreResponse
{
    /// <summary>Server id.</summary>
    public required string Id { get; init; }

    /// <summary><c>AlreadyStored</c>, or absent for a new instance.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; init; }

    /// <summary>The answer for a store result.</summary>
    public static StoreResponse From(StoreResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new StoreResponse
        {
            Id = result.Id,
            Status = result.Status == StoreStatus.AlreadyStored ? nameof(StoreStatus.AlreadyStored) : null,
        };
    }
}
