using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests.Uploads;

/// <summary>
/// Through real Kestrel (the in-memory test server has no connection limits and no
/// <c>100 Continue</c>): body limits, giant headers, and the <c>Expect: 100-continue</c> exchange.
/// </summary>
public sealed class KestrelLimitsTests
{
    private const long MaxFileBytes = 1024 * 1024;
    private string _dataFolder = null!;
    private DicomCleanFactory _factory = null!;
    private HttpClient _client = null!;
    private int _port;

    [SetUp]
    public void StartService()
    {
        _dataFolder = Path.Combine(Path.GetTempPath(), "dicom-clean-functional", Guid.NewGuid().ToString("N"));
        _factory = new DicomCleanFactory(_dataFolder, settings: new Dictionary<string, string>
        {
            ["Uploads:MaxFileBytes"] = MaxFileBytes.ToString(CultureInfo.InvariantCulture),
        });
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            _port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        _factory.UseKestrel(_port);
        _factory.StartServer();
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}") };
        _client.DefaultRequestHeaders.Add("X-Api-Key", DicomCleanFactory.AdminToken);
    }

    [TearDown]
    public async Task StopService()
    {
        Assert.That((await _client.GetAsync("/heartbeat")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the service stays up");
        _client.Dispose();
        await _factory.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Test]
    public async Task ExpectContinue_ForAnAcceptableBody_Answers100ContinueBeforeTheBodyIsSent()
    {
        var file = TestDicomFiles.Build("1.2.3.95");
        using var connection = await ConnectAsync();
        await SendAsync(connection, Head("POST", "/instances", "application/dicom", file.Length));

        var interim = await ReadHeadAsync(connection);
        await connection.GetStream().WriteAsync(file);
        var final = await ReadHeadAsync(connection);

        Assert.That(interim, Does.StartWith("HTTP/1.1 100 Continue"));
        Assert.That(final, Does.StartWith("HTTP/1.1 201"));
    }

    [Test]
    public async Task ExpectContinue_ForADeclaredLengthAboveTheLimit_Answers413WithoutContinue()
    {
        using var connection = await ConnectAsync();
        await SendAsync(connection, Head("POST", "/instances", "application/dicom", 3L * 1024 * 1024 * 1024));

        var answer = await ReadHeadAsync(connection);

        Assert.That(answer, Does.StartWith("HTTP/1.1 413"));
        Assert.That(answer, Does.Contain("application/problem+json"));
    }

    [Test]
    public async Task ExpectContinue_OnATusPatchAtTheWrongOffset_Answers409WithoutContinue()
    {
        var location = await TusRequests.CreateAsync(_client, 100);
        using var connection = await ConnectAsync();
        await SendAsync(connection, Head("PATCH", location, "application/offset+octet-stream", 10, "Tus-Resumable: 1.0.0\r\nUpload-Offset: 50\r\n"));

        Assert.That(await ReadHeadAsync(connection), Does.StartWith("HTTP/1.1 409"));
    }

    [Test]
    public async Task PostInstances_WithAChunkedBodyAboveTheLimit_Returns413()
    {
        var content = new StreamContent(new MemoryStream(new byte[MaxFileBytes + 4096]));
        content.Headers.ContentType = new("application/dicom");
        var request = new HttpRequestMessage(HttpMethod.Post, "/instances") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        await Problems.ReadAsync(await _client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
        Assert.That(Directory.GetFiles(_factory.BlobRoot, "*", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public async Task PostInstances_WithAMultipartBodyAboveTheLimit_Returns413()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[MaxFileBytes + 4096]), "files", "big.dcm" } };

        await Problems.ReadAsync(await _client.PostAsync("/instances", form), HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task PostDicom_WithAGiantJsonBody_Returns413()
    {
        var body = "{\"path\": \"" + new string('a', 1024 * 1024) + "\"}";

        await Problems.ReadAsync(await _client.PostAsync("/dicom", new StringContent(body, Encoding.UTF8, "application/json")),
            HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Request_WithAGiantHeader_Returns431()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/instances");
        request.Headers.TryAddWithoutValidation("X-Giant", new string('a', 64 * 1024));

        // Kestrel refuses it before the application runs: a bare 431, no problem document.
        Assert.That((await _client.SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.RequestHeaderFieldsTooLarge));
    }

    [Test]
    public async Task Request_WithANulInThePath_Returns400()
    {
        using var connection = await ConnectAsync();
        await SendAsync(connection, "GET /instances/iEfcZk3Vn6H8iyqc3seHr%00 HTTP/1.1\r\nHost: localhost\r\n\r\n");

        Assert.That(await ReadHeadAsync(connection), Does.StartWith("HTTP/1.1 400"));
    }

    private static string Head(string method, string path, string contentType, long length, string extra = "") =>
        $"{method} {path} HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: {DicomCleanFactory.AdminToken}\r\nContent-Type: {contentType}\r\nContent-Length: {length}\r\n{extra}Expect: 100-continue\r\n\r\n";

    private async Task<TcpClient> ConnectAsync()
    {
        var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _port);
        // A bound, not a timing assertion: a server that never answers fails instead of hanging.
        client.ReceiveTimeout = 30_000;
        return client;
    }

    private static async Task SendAsync(TcpClient connection, string text) =>
        await connection.GetStream().WriteAsync(Encoding.ASCII.GetBytes(text));

    // Reads one response head (status line and headers) and, when it has a length, its body.
    private static async Task<string> ReadHeadAsync(TcpClient connection)
    {
        var stream = connection.GetStream();
        var head = new StringBuilder();
        var one = new byte[1];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, timeout.Token) == 0)
            {
                break;
            }

            head.Append((char)one[0]);
        }

        var text = head.ToString();
        var lengthLine = text.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        if (lengthLine is not null && int.Parse(lengthLine[15..].Trim(), CultureInfo.InvariantCulture) is var length and > 0)
        {
            var body = new byte[length];
            await stream.ReadExactlyAsync(body, timeout.Token);
        }

        return text;
    }
}
