namespace Dicom.Clean.Api.Security;

/// <summary>Routes of the security resources.</summary>
public static class SecurityRoutes
{
    /// <summary>API keys collection (admin).</summary>
    public const string Keys = "/keys";

    /// <summary>One API key (admin).</summary>
    public const string Key = "/keys/{id}";

    /// <summary>The audit log (admin).</summary>
    public const string Audit = "/audit";

    /// <summary>Prometheus scrape endpoint (reader).</summary>
    public const string Metrics = "/metrics";
}
