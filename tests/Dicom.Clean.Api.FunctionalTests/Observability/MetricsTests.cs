using System.Globalization;
using System.Net;
using Dicom.Clean.Api.FunctionalTests.Security;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests.Observability;

/// <summary>Scrapes /metrics after a few calls: the counters and histograms named in docs/operations.md moved.</summary>
public sealed class MetricsTests : SecuredServiceFixture
{
    [Test]
    public async Task Scrape_AfterCalls_ShowsRequestsIngestRenderParseDatabaseBlobAndAuthMetrics()
    {
        var id = await StoreAsync(Admin, TestDicomFiles.Build("1.2.3.800"));
        await Admin.GetAsync($"/instances/{id}/image?frame=1&window=40,400");
        await Admin.GetAsync("/instances/iEfcZk3Vn6H8iyqc3seHrm");
        using (var content = new ByteArrayContent(TestDicomFiles.NotDicom()))
        {
            content.Headers.ContentType = new("application/dicom");
            Assert.That((await Admin.PostAsync("/instances", content)).StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        }

        await Factory.CreateClient(token: null).GetAsync("/instances");
        Factory.WaitForDefaultImages();

        var response = await Admin.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(Value(text, "http_server_request_duration_seconds_count", "http_route=\"instances\"", "http_response_status_code=\"201\""), Is.EqualTo(1), text);
            Assert.That(Value(text, "http_server_request_duration_seconds_count", "http_response_status_code=\"404\""), Is.GreaterThanOrEqualTo(1));
            Assert.That(Value(text, "http_server_request_duration_seconds_count", "http_response_status_code=\"401\""), Is.GreaterThanOrEqualTo(1));
            Assert.That(Value(text, "dicom_clean_ingest_instances_total", "outcome=\"stored\""), Is.EqualTo(1));
            Assert.That(Value(text, "dicom_clean_ingest_instances_total", "outcome=\"unreadable\""), Is.EqualTo(1));
            Assert.That(Value(text, "dicom_clean_ingest_size_bytes_count"), Is.GreaterThanOrEqualTo(2));
            Assert.That(Value(text, "dicom_clean_ingest_duration_seconds_count"), Is.GreaterThanOrEqualTo(2));
            Assert.That(Value(text, "dicom_clean_parse_failures_total"), Is.EqualTo(1));
            Assert.That(Value(text, "dicom_clean_render_duration_seconds_count"), Is.GreaterThanOrEqualTo(2));
            Assert.That(Value(text, "dicom_clean_db_operation_duration_seconds_count", "operation=\"commit\""), Is.GreaterThanOrEqualTo(1));
            Assert.That(Value(text, "dicom_clean_db_operation_duration_seconds_count", "operation=\"query\""), Is.GreaterThanOrEqualTo(1));
            Assert.That(Value(text, "dicom_clean_blob_operation_duration_seconds_count", "operation=\"stage\""), Is.GreaterThanOrEqualTo(2));
            Assert.That(Value(text, "dicom_clean_auth_failures_total", "reason=\"missing_credentials\""), Is.GreaterThanOrEqualTo(1));
        });
    }

    // Sum of the samples of a metric whose labels contain every given label.
    private static double Value(string scrape, string metric, params string[] labels) =>
        scrape.Split('\n')
            .Where(l => l.StartsWith(metric, StringComparison.Ordinal) && (l.Length == metric.Length || l[metric.Length] is '{' or ' '))
            .Where(l => labels.All(label => l.Contains(label, StringComparison.Ordinal)))
            // Label values may hold spaces; the sample value is after the last one (no timestamps).
            .Select(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture))
            .Sum();
}
