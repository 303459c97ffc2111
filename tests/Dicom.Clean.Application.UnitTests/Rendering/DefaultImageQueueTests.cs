using Dicom.Clean.Application.Instances.Rendering;
using Dicom.Clean.Domain.Instances;

namespace Dicom.Clean.Application.UnitTests.Rendering;

public sealed class DefaultImageQueueTests
{
    private static readonly InstanceId A = InstanceId.From("iEfcZk3Vn6H8iyqc3seHrm");
    private static readonly InstanceId B = InstanceId.From("22222222222222222222ab");

    [Test]
    public void TryEnqueue_TheSameIdTwiceBeforeItIsDone_QueuesItOnce()
    {
        var queue = new DefaultImageQueue();

        Assert.That(queue.TryEnqueue(A), Is.True);
        Assert.That(queue.TryEnqueue(A), Is.True);
        Assert.That(queue.TryEnqueue(B), Is.True);

        Assert.That(queue.Pending, Is.EqualTo(2));
        Assert.That(queue.Reader.TryRead(out var first) && first == A, Is.True);
        Assert.That(queue.Reader.TryRead(out var second) && second == B, Is.True);
        Assert.That(queue.Reader.TryRead(out _), Is.False);
    }

    [Test]
    public void TryEnqueue_AfterTheIdIsDone_QueuesItAgain()
    {
        var queue = new DefaultImageQueue();
        queue.TryEnqueue(A);
        queue.Reader.TryRead(out _);

        queue.Completed(A);

        Assert.That(queue.Pending, Is.Zero);
        Assert.That(queue.TryEnqueue(A), Is.True);
        Assert.That(queue.Reader.TryRead(out var again) && again == A, Is.True);
    }

    [Test]
    public void TryEnqueue_WhenFull_AnswersFalseAndKeepsNoTrace()
    {
        var queue = new DefaultImageQueue();
        for (var i = 0; i < DefaultImageQueue.Capacity; i++)
        {
            Assert.That(queue.TryEnqueue(InstanceId.FromUuid(Guid.NewGuid())), Is.True);
        }

        Assert.That(queue.TryEnqueue(A), Is.False);
        Assert.That(queue.Pending, Is.EqualTo(DefaultImageQueue.Capacity));
    }
}
