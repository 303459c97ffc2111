using System.Text.Json.Serialization;
using Dicom.Clean.Application.Instances.Ingest;

namespace Dicom.Clean.Api.Contracts;

/// <summary>
/// Answer of a store: <c>{"id": "..."}</c> when stored (201), with <c>"status": "AlreadyStored"</c>
/// when the same bytes were already there (200).
/// </summary>
/// <param name="Id">Server id.</param>
/// <param name="Status"><c>AlreadyStored</c>, or absent for a new instance.</param>
public sealed record StoreResponse(
    string Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Status)
{
    /// <summary>The answer for a store result.</summary>
    public static StoreResponse From(StoreResult result) =>
        new(result.Id, result.Status == StoreStatus.AlreadyStored ? nameof(StoreStatus.AlreadyStored) : null);
}
