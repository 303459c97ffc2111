using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests.Security;

public sealed class AuditLogTests : SecuredServiceFixture
{
    [Test]
    public async Task StoreReadDelete_AreRecordedWithKeyIdAndInstanceId()
    {
        var token = await CreateTokenAsync("writer");
        var keyId = Domain.Security.ApiKeyToken.TryGetId(token)!;
        using var writer = Factory.CreateClient(token);

        var id = await StoreAsync(writer, TestDicomFiles.Build("1.2.3.400"));
        await writer.GetAsync($"/instances/{id}/tags");
        await writer.DeleteAsync($"/instances/{id}");

        var entries = await EntriesAsync($"/audit?instanceId={id}");
        Assert.That(entries.Select(e => e.GetProperty("action").GetString()), Is.EqualTo(new[] { "Delete", "Read", "Store" }));
        Assert.That(entries.Select(e => e.GetProperty("keyId").GetString()), Is.All.EqualTo(keyId));
        Assert.That(entries.Select(e => e.GetProperty("at").GetDateTimeOffset()), Is.Ordered.Descending);
    }

    [Test]
    public async Task ListWithPatientFilter_IsRecordedWithoutTheFilter()
    {
        await Admin.GetAsync("/instances?patientId=SECRET-PATIENT-ID");

        var entries = await EntriesAsync("/audit?action=List");

        Assert.That(entries, Has.Length.EqualTo(1));
        Assert.That(entries[0].ToString(), Does.Not.Contain("SECRET-PATIENT-ID"));
    }

    [Test]
    public async Task ReaderDenied_IsRecorded_AndAuditIsAdminOnly()
    {
        var token = await CreateTokenAsync("reader");
        using var reader = Factory.CreateClient(token);

        await reader.DeleteAsync("/instances/iEfcZk3Vn6H8iyqc3seHrm");

        var denied = await EntriesAsync("/audit?action=Denied");
        Assert.That(denied.Single().GetProperty("keyId").GetString(), Is.EqualTo(Domain.Security.ApiKeyToken.TryGetId(token)));
        Assert.That((await reader.GetAsync("/audit")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task UnknownInstance_IsNotRecordedAsRead()
    {
        await Admin.GetAsync("/instances/iEfcZk3Vn6H8iyqc3seHrm");

        Assert.That(await EntriesAsync("/audit?action=Read"), Is.Empty);
    }

    [Test]
    public async Task Query_WithUnknownAction_Returns400()
    {
        await Problems.ReadAsync(await Admin.GetAsync("/audit?action=Teleport"), HttpStatusCode.BadRequest);
    }

    private async Task<JsonElement[]> EntriesAsync(string query) =>
        (await Admin.GetFromJsonAsync<JsonElement>(query)).GetProperty("items").EnumerateArray().ToArray();
}
