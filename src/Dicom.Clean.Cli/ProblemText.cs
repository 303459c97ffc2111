using System.Net.Http.Json;
using System.Text.Json;

namespace Dicom.Clean.Cli;

/// <summary>The reason an error answer gives: the problem document's detail, else its title, else the status.</summary>
internal static class ProblemText
{
    public static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = $"HTTP {(int)response.StatusCode}";
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            if (problem.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in new[] { "detail", "title" })
                {
                    if (problem.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String && text.GetString() is { Length: > 0 } value)
                    {
                        return $"{value} ({status})";
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not a problem document (a proxy's error page, say): the status says enough.
        }

        return status;
    }
}
