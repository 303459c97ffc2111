namespace Dicom.Clean.LoadClient;

/// <summary>One POST /instances: the HTTP status (0 when the connection failed), the id answered, the time taken.</summary>
internal readonly record struct PostOutcome(int Status, string? Id, double ElapsedMs)
{
    /// <summary>2xx with an id: the service promised the file is stored.</summary>
    public bool IsAcknowledged => Status is >= 200 and < 300 && Id is not null;
}
