namespace Dicom.Clean.Api.Security;

/// <summary>The <c>Security</c> section: who may call, how fast, how much, from which origins.</summary>
public sealed class SecurityOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Security";

    /// <summary>
    /// Lets callers without a key in, as writers (read and store, not admin). For local use only:
    /// anyone who reaches the port can then read every instance.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>Optional OIDC/JWT bearer validation.</summary>
    public JwtSettings Jwt { get; set; } = new();

    /// <summary>Per-key rate limit.</summary>
    public RateLimitSettings RateLimit { get; set; } = new();

    /// <summary>Body limit of routes that declare none of their own (<c>[RequestSizeLimit]</c>).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Origins allowed by CORS; none means no CORS headers at all.</summary>
    public IList<string> CorsAllowedOrigins { get; } = [];

    /// <summary>JWT bearer settings: enabled when an authority or an audience is set.</summary>
    public sealed class JwtSettings
    {
        /// <summary>The OIDC issuer whose metadata and signing keys are fetched.</summary>
        public string? Authority { get; set; }

        /// <summary>The audience tokens must carry.</summary>
        public string? Audience { get; set; }

        /// <summary>Claim holding reader/writer/admin (default <c>roles</c>; <c>role</c> is read too).</summary>
        public string RoleClaim { get; set; } = "roles";

        /// <summary>Refuse an authority over plain HTTP (keep true outside a lab).</summary>
        public bool RequireHttpsMetadata { get; set; } = true;

        /// <summary>Whether JWT validation is on.</summary>
        public bool Enabled => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(Audience);
    }

    /// <summary>Token bucket per key (per address for callers without a key).</summary>
    public sealed class RateLimitSettings
    {
        /// <summary>Whether requests are limited at all.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>Sustained requests per second.</summary>
        public int PermitsPerSecond { get; set; } = 100;

        /// <summary>Burst allowed above the sustained rate.</summary>
        public int Burst { get; set; } = 1000;
    }
}
