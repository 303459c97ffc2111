using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests.Uploads;

/// <summary>
/// A request never holds a whole file in memory: what a 256 MiB upload allocates (client and
/// server, through real Kestrel) stays far below the file's size. The in-memory test server is
/// not used here: it copies request bodies itself (about five times their size, measured).
/// </summary>
public sealed class StreamingMemoryTests
{
    [Test]
    public async Task PostInstances_WithA256MiBFile_AllocatesFarLessThanTheFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dicom-clean-functional", Guid.NewGuid().ToString("N"));
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        try
        {
            await using var factory = new DicomCleanFactory(folder);
            factory.UseKestrel(port);
            factory.StartServer();
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            client.DefaultRequestHeaders.Add("X-Api-Key", DicomCleanFactory.AdminToken);
            // 512 x 512 x 16-bit x 512 frames = 256 MiB of pixel data, generated while it is sent.
            using var body = new GeneratedDicomStream("1.2.3.110", 512, 512, 512);
            var fileLength = body.Length;
            var content = new StreamContent(body, 128 * 1024);
            content.Headers.ContentType = new("application/dicom");
            await client.GetAsync("/heartbeat"); // first-request allocations are not the upload's
            var before = GC.GetTotalAllocatedBytes(precise: true);

            using var response = await client.PostAsync("/instances", content);

            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
            var stored = await client.GetFromJsonAsync<JsonElement>($"/instances/{id}");
            Assert.That(stored.GetProperty("sizeBytes").GetInt64(), Is.EqualTo(fileLength));
            Assert.That(allocated, Is.LessThan(fileLength / 8), $"{allocated} bytes allocated for a {fileLength}-byte upload");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
