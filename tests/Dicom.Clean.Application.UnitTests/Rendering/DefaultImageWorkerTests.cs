using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Instances.Rendering;
using Dicom.Clean.Domain.Instances;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Dicom.Clean.Application.UnitTests.Rendering;

public sealed class DefaultImageWorkerTests
{
    private static readonly InstanceId Broken = InstanceId.From("iEfcZk3Vn6H8iyqc3seHrm");
    private static readonly InstanceId Fine = InstanceId.From("22222222222222222222ab");

    [Test]
    public async Task Run_WhenOneFillFails_GoesOnWithTheNextAndEmptiesTheQueue()
    {
        var instances = new Mock<IInstanceRepository>();
        instances.Setup(r => r.FindAsync(Broken, It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("database locked"));
        instances.Setup(r => r.FindAsync(Fine, It.IsAny<CancellationToken>())).ReturnsAsync((DicomInstance?)null);
        var cache = new DefaultImageCache(instances.Object, Mock.Of<IBlobStore>(), Mock.Of<IImageRenderer>(), NullLogger<DefaultImageCache>.Instance);
        var provider = new Mock<IServiceProvider>();
        provider.Setup(p => p.GetService(typeof(DefaultImageCache))).Returns(cache);
        var scope = new Mock<IServiceScope>();
        scope.SetupGet(s => s.ServiceProvider).Returns(provider.Object);
        var scopes = new Mock<IServiceScopeFactory>();
        scopes.Setup(f => f.CreateScope()).Returns(scope.Object);
        var queue = new DefaultImageQueue();
        var worker = new DefaultImageWorker(queue, scopes.Object, NullLogger<DefaultImageWorker>.Instance);
        queue.TryEnqueue(Broken);
        queue.TryEnqueue(Fine);
        using var stop = new CancellationTokenSource();

        var run = worker.RunAsync(stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (queue.Pending > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }

        await stop.CancelAsync();
        await run;

        Assert.That(queue.Pending, Is.Zero);
        instances.Verify(r => r.FindAsync(Fine, It.IsAny<CancellationToken>()), Times.Once, "the failure did not stop the worker");
    }
}
