using System.Net;
using System.Text.Json;

namespace Dicom.Clean.Api.FunctionalTests.Support;

/// <summary>Checks that a response is an RFC 9457 problem document with the expected status.</summary>
internal static class Problems
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo((int)expected));
        Assert.That(problem.GetProperty("title").GetString(), Is.Not.Empty);
        return problem;
    }
}
