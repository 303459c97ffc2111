using System.Net.Http.Json;
using System.Text.Json;
using Dicom.Clean.Api.Contracts;
using Dicom.Clean.Api.FunctionalTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dicom.Clean.Api.FunctionalTests;

/// <summary>The stored tags document is byte for byte what the declared contract serialises to.</summary>
public sealed class TagsDocumentTests : ServiceFixture
{
    [Test]
    public async Task GetTags_ServesExactlyWhatTheContractSerialisesTo()
    {
        var id = await ImportAsync();

        var response = await Client.GetAsync($"/tags?id={id}");
        var served = await response.Content.ReadAsStringAsync();

        Assert.That(response.Content.Headers.ContentType!.ToString(), Is.EqualTo("application/json; charset=utf-8"));
        Assert.That(served, Is.EqualTo(Reserialised(served)));
        Assert.That(await Client.GetStringAsync($"/instances/{id}/tags"), Is.EqualTo(served));
    }

    [Test]
    public async Task GetTags_ForInstanceStoredWithoutDocument_AnswersTheSameFromRows()
    {
        var id = await ImportAsync();
        var stored = await Client.GetStringAsync($"/tags?id={id}");
        // An instance stored before documents existed: only its rows.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(Factory.DataFolder, "dicom.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM instance_tags_documents;";
            Assert.That(await command.ExecuteNonQueryAsync(), Is.EqualTo(1));
        }

        Assert.That(await Client.GetStringAsync($"/tags?id={id}"), Is.EqualTo(stored));
    }

    private async Task<string> ImportAsync()
    {
        PlaceImportFile("a.dcm", TestDicomFiles.Build("1.2.3.4.5"));
        var created = await Client.PostAsJsonAsync("/dicom", new { path = "a.dcm" });
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    // What the web layer's JSON options write for the same answer.
    private string Reserialised(string served)
    {
        var options = Factory.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Mvc.JsonOptions>>().Value.JsonSerializerOptions;
        return JsonSerializer.Serialize(JsonSerializer.Deserialize<TagsResponse>(served, options), options);
    }
}
