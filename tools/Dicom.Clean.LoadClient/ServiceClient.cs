using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dicom.Clean.LoadClient;

/// <summary>The few routes the tests use, over one pooled HttpClient.</summary>
internal sealed class ServiceClient : IDisposable
{
    private readonly HttpClient _http;

    public ServiceClient(Uri server, int connections)
    {
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5) })
        {
            BaseAddress = server,
            Timeout = TimeSpan.FromMinutes(2),
        };
        // The e2e scripts run the service with authentication on and hand the client a writer key.
        if (Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key)
        {
            _http.DefaultRequestHeaders.Add("X-Api-Key", key);
        }
    }

    /// <summary>Environment variable holding the API key sent with every request (none when unset).</summary>
    public const string ApiKeyVariable = "DICOM_CLEAN_API_KEY";

    /// <summary>POST /instances with the file as application/dicom; a failed connection is status 0.</summary>
    public async Task<PostOutcome> PostAsync(byte[] file, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/dicom");
            using var response = await _http.PostAsync("instances", content, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return new PostOutcome((int)response.StatusCode, IdOf(body), elapsed);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new PostOutcome(0, null, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>The stored instance's SHA-256 (row) and the SHA-256 of its served original; null when not found.</summary>
    public async Task<(string? RowSha256, string? FileSha256)> ReadBackAsync(string id, CancellationToken cancellationToken)
    {
        using var row = await _http.GetAsync($"instances/{id}", cancellationToken);
        if (!row.IsSuccessStatusCode)
        {
            return (null, null);
        }

        var rowSha = (await row.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("sha256").GetString();
        using var file = await _http.GetAsync($"instances/{id}/file", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!file.IsSuccessStatusCode)
        {
            return (rowSha, null);
        }

        await using var stream = await file.Content.ReadAsStreamAsync(cancellationToken);
        var hash = await System.Security.Cryptography.SHA256.HashDataAsync(stream, cancellationToken);
        return (rowSha, Convert.ToHexStringLower(hash));
    }

    /// <summary>Every stored instance id, through the paged list.</summary>
    public async Task<List<string>> ListIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var body = await _http.GetFromJsonAsync<JsonElement>($"instances?page={page}&pageSize=500", cancellationToken);
            var items = body.GetProperty("items");
            ids.AddRange(items.EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            if (items.GetArrayLength() < 500)
            {
                return ids;
            }
        }
    }

    public async Task<bool> IsUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync("heartbeat", cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public void Dispose() => _http.Dispose();

    private static string? IdOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
