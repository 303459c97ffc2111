using System.Net;
using System.Text;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests.Uploads;

/// <summary>Every route, bad input: a 4xx problem document, never a 500, and the service stays up.</summary>
public sealed class BadInputTests : ServiceFixture
{
    [TearDown]
    public async Task ServiceStillAnswers() =>
        Assert.That((await Client.GetAsync("/heartbeat")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

    [TestCase("GET", "/instances/abc/tags")]
    [TestCase("GET", "/instances/abc/file")]
    [TestCase("GET", "/instances/abc/image")]
    [TestCase("DELETE", "/instances/abc")]
    [TestCase("GET", "/instances/%F0%9F%92%A5%F0%9F%92%A5%F0%9F%92%A5%F0%9F%92%A5%F0%9F%92%A5%F0%9F%92%A5%F0%9F%92%A5")]
    [TestCase("GET", "/tags?id=iEfcZk3Vn6H8iyqc3seHrmX")]
    [TestCase("GET", "/image?id=")]
    [TestCase("GET", "/instances/iEfcZk3Vn6H8iyqc3seHrm/image?frame=99999999999")]
    [TestCase("GET", "/instances/iEfcZk3Vn6H8iyqc3seHrm/image?window=nan,nan")]
    [TestCase("GET", "/instances/iEfcZk3Vn6H8iyqc3seHrm/image?window=40,-1")]
    [TestCase("GET", "/instances?page=-1")]
    [TestCase("GET", "/instances?pageSize=abc")]
    [TestCase("GET", "/uploads/abc")]
    public async Task Request_WithMalformedIdOrParameter_Returns400(string method, string url) =>
        await Problems.ReadAsync(await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)), HttpStatusCode.BadRequest);

    [TestCase("PUT", "/instances")]
    [TestCase("PATCH", "/dicom")]
    [TestCase("POST", "/tags")]
    [TestCase("PUT", "/uploads")]
    [TestCase("POST", "/instances/iEfcZk3Vn6H8iyqc3seHrm")]
    public async Task Request_WithAnUnservedMethod_Returns405(string method, string url) =>
        await Problems.ReadAsync(await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)), HttpStatusCode.MethodNotAllowed);

    [TestCase("/instances", "text/plain")]
    [TestCase("/instances", "application/octet-stream")]
    [TestCase("/instances", "image/png")]
    [TestCase("/dicom", "application/xml")]
    [TestCase("/dicom", "multipart/form-data; boundary=x")]
    public async Task Post_WithAWrongContentType_Returns415(string url, string contentType)
    {
        var content = new ByteArrayContent("abc"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        await Problems.ReadAsync(await Client.PostAsync(url, content), HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task PostInstances_WithoutAContentType_Returns415() =>
        await Problems.ReadAsync(await Client.PostAsync("/instances", new ByteArrayContent([1, 2, 3])), HttpStatusCode.UnsupportedMediaType);

    [Test]
    public async Task PostUploads_WithABodyOfAnotherType_Returns415()
    {
        var request = TusRequests.Create(10);
        request.Content = new StringContent("0123456789", Encoding.UTF8, "text/plain");

        await Problems.ReadAsync(await Client.SendAsync(request), HttpStatusCode.UnsupportedMediaType);
    }

    [TestCase("{\"path\": \"a\", \"path\": \"b\", ")]
    [TestCase("{\"path\": [\"a\"]}")]
    [TestCase("{\"path\": {\"x\": 1}}")]
    [TestCase("\"just a string\"")]
    [TestCase("null")]
    [TestCase("{\"path\": \"\\ud800\"}")]
    public async Task PostDicom_WithBadJson_Returns400(string body) =>
        await Problems.ReadAsync(await Client.PostAsync("/dicom", new StringContent(body, Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

    [Test]
    public async Task PostDicom_WithJsonNestedTenThousandDeep_Returns400()
    {
        var body = new string('[', 10_000) + new string(']', 10_000);

        await Problems.ReadAsync(await Client.PostAsync("/dicom", new StringContent(body, Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task PostDicom_WithAPathOfTenThousandCharacters_Answers4xx()
    {
        var body = "{\"path\": \"" + new string('a', 10_000) + "\"}";

        var response = await Client.PostAsync("/dicom", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.That((int)response.StatusCode, Is.InRange(400, 499), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task PostInstances_WithMultipartCutShort_Returns400()
    {
        var body = "--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.dcm\"\r\n\r\nDICM-but-no-end";
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");

        await Problems.ReadAsync(await Client.PostAsync("/instances", content), HttpStatusCode.BadRequest);
    }
}
