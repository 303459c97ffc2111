using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests;

public sealed class ErrorCasesTests : ServiceFixture
{
    [Test]
    public async Task PostDicom_WithDotDot_Returns403() =>
        await Problems.ReadAsync(await Client.PostAsJsonAsync("/dicom", new { path = "../dicom.db" }), HttpStatusCode.Forbidden);

    [Test]
    public async Task PostDicom_WithPathOutsideRoots_Returns403() =>
        await Problems.ReadAsync(await Client.PostAsJsonAsync("/dicom", new { path = Path.Combine(Factory.DataFolder, "dicom.db") }), HttpStatusCode.Forbidden);

    [Test]
    public async Task PostDicom_WithSymlinkLeadingOut_Returns403()
    {
        File.CreateSymbolicLink(Path.Combine(Factory.ImportRoot, "db.dcm"), Path.Combine(Factory.DataFolder, "dicom.db"));

        await Problems.ReadAsync(await Client.PostAsJsonAsync("/dicom", new { path = "db.dcm" }), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task PostDicom_WithMissingFile_Returns404() =>
        await Problems.ReadAsync(await Client.PostAsJsonAsync("/dicom", new { path = "none.dcm" }), HttpStatusCode.NotFound);

    [Test]
    public async Task PostDicom_WithNonDicomFile_Returns422WithReasonAndOffsetAndStoresNothing()
    {
        PlaceImportFile("notes.txt", Encoding.UTF8.GetBytes("hello"));

        var problem = await Problems.ReadAsync(await Client.PostAsJsonAsync("/dicom", new { path = "notes.txt" }), HttpStatusCode.UnprocessableEntity);

        Assert.That(problem.GetProperty("reason").GetString(), Does.Contain("DICM"));
        Assert.That(problem.GetProperty("offset").GetInt64(), Is.Zero);
        Assert.That(Directory.GetFiles(Factory.BlobRoot, "*", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public async Task PostDicom_WithTruncatedFile_Returns422WithOffsetAndStoresNothing()
    {
        var whole = TestDicomFiles.Build("1.2.3.4.5", rows: 64, columns: 64);
        PlaceImportFile("truncated.dcm", whole[..400]);

        var problem = await Problems.ReadAsync(await Client.PostAsJsonAsync("/dicom", new { path = "truncated.dcm" }), HttpStatusCode.UnprocessableEntity);

        Assert.That(problem.GetProperty("offset").GetInt64(), Is.GreaterThan(128).And.LessThan(400));
        Assert.That(Directory.GetFiles(Factory.BlobRoot, "*", SearchOption.AllDirectories), Is.Empty);
        Assert.That((await Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/instances")).GetProperty("totalCount").GetInt32(), Is.Zero);
    }

    [TestCase("{\"path\":")]
    [TestCase("[1,2]")]
    [TestCase("{\"path\": 12}")]
    [TestCase("")]
    public async Task PostDicom_WithMalformedJson_Returns400(string body) =>
        await Problems.ReadAsync(await Client.PostAsync("/dicom", new StringContent(body, Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

    [TestCase("{}")]
    [TestCase("{\"path\": \"\"}")]
    [TestCase("{\"path\": null}")]
    public async Task PostDicom_WithoutPath_Returns400(string body) =>
        await Problems.ReadAsync(await Client.PostAsync("/dicom", new StringContent(body, Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

    [Test]
    public async Task PostDicom_WithWrongContentType_Returns415() =>
        await Problems.ReadAsync(await Client.PostAsync("/dicom", new StringContent("path=a", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType);

    [TestCase("/tags?id=iEfcZk3Vn6H8iyqc3seHrm")]
    [TestCase("/image?id=iEfcZk3Vn6H8iyqc3seHrm")]
    [TestCase("/instances/iEfcZk3Vn6H8iyqc3seHrm")]
    [TestCase("/instances/iEfcZk3Vn6H8iyqc3seHrm/tags")]
    [TestCase("/instances/iEfcZk3Vn6H8iyqc3seHrm/image")]
    [TestCase("/instances/iEfcZk3Vn6H8iyqc3seHrm/file")]
    [TestCase("/no/such/route")]
    public async Task Get_WithUnknownIdOrRoute_Returns404(string url) =>
        await Problems.ReadAsync(await Client.GetAsync(url), HttpStatusCode.NotFound);

    [TestCase("/tags")]
    [TestCase("/tags?id=abc")]
    [TestCase("/image?id=iEfcZk3Vn6H8iyqc3seHr0")]
    [TestCase("/instances/abc")]
    [TestCase("/instances/iEfcZk3Vn6H8iyqc3seHrm/image?frame=0")]
    [TestCase("/instances/iEfcZk3Vn6H8iyqc3seHrm/image?window=1")]
    [TestCase("/instances/iEfcZk3Vn6H8iyqc3seHrm/image?format=gif")]
    [TestCase("/instances/iEfcZk3Vn6H8iyqc3seHrm/image?frame=x")]
    [TestCase("/instances?page=0")]
    [TestCase("/instances?pageSize=100000")]
    public async Task Get_WithMalformedParameters_Returns400(string url) =>
        await Problems.ReadAsync(await Client.GetAsync(url), HttpStatusCode.BadRequest);

    [Test]
    public async Task Delete_WithUnknownId_Returns404() =>
        await Problems.ReadAsync(await Client.DeleteAsync("/instances/iEfcZk3Vn6H8iyqc3seHrm"), HttpStatusCode.NotFound);

    [Test]
    public async Task PostInstances_WithWrongContentType_Returns415() =>
        await Problems.ReadAsync(await Client.PostAsync("/instances", new StringContent("{}", Encoding.UTF8, "application/json")), HttpStatusCode.UnsupportedMediaType);

    [Test]
    public async Task PostInstances_WithEmptyBody_Returns422() =>
        await Problems.ReadAsync(await Client.PostAsync("/instances", Dicom([])), HttpStatusCode.UnprocessableEntity);

    [Test]
    public async Task PostInstances_WithMultipartWithoutFiles_Returns400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "field" } };

        await Problems.ReadAsync(await Client.PostAsync("/instances", form), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task PostInstances_WithMultipartWithoutBoundary_Returns400()
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes("garbage"));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");

        await Problems.ReadAsync(await Client.PostAsync("/instances", content), HttpStatusCode.BadRequest);
    }

    private static ByteArrayContent Dicom(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/dicom");
        return content;
    }
}
